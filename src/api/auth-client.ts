// The shared server's sign-in, first run, invites and API keys (issue 16), as the browser reads them.
// The server's own contract is docs/api.md; these are the shapes the console sends and parses.
import { z } from 'zod';
import { sessionSchema } from './session';

const username = z
  .string()
  .trim()
  .min(1, 'Enter a username')
  .max(64, 'At most 64 characters')
  .regex(/^[a-z0-9][a-z0-9._-]*$/i, 'Letters, digits, dots, dashes and underscores only');

export const signInBodySchema = z.object({
  username,
  apiKey: z.string().trim().min(1, 'Enter your API key'),
});
export type SignInBody = z.infer<typeof signInBodySchema>;

/** POST /api/auth/sign-in: who is signed in now (the same shape as GET /api/session). */
export const signedInSchema = z.object({ user: sessionSchema });

export const setupSchema = z.object({ needsFirstAdmin: z.boolean() });

export const firstAdminBodySchema = z.object({
  username,
  name: z.string().trim().min(1, 'Enter your name').max(100, 'At most 100 characters'),
  email: z.email('Enter an email address'),
  orgName: z.string().trim().min(1, 'Name the organization').max(100, 'At most 100 characters'),
});
export type FirstAdminBody = z.infer<typeof firstAdminBodySchema>;

/** First admin and accepted invite: the person is signed in, and their first API key is shown once. */
export const withNewKeySchema = z.object({ user: sessionSchema, apiKey: z.string() });

export const acceptInviteBodySchema = z.object({
  token: z.string().min(1),
  username,
  name: z.string().trim().min(1, 'Enter your name').max(100, 'At most 100 characters'),
});
export type AcceptInviteBody = z.infer<typeof acceptInviteBodySchema>;

export const apiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  /** The key's first characters, enough to tell keys apart; the secret itself is never shown again. */
  preview: z.string(),
});
export type ApiKey = z.infer<typeof apiKeySchema>;

export const apiKeysSchema = z.object({ keys: z.array(apiKeySchema) });
export const createApiKeyBodySchema = z.object({
  name: z.string().trim().min(1, 'Name the key').max(64, 'At most 64 characters'),
});
export type CreateApiKeyBody = z.infer<typeof createApiKeyBodySchema>;
export const createdApiKeySchema = z.object({ key: apiKeySchema, secret: z.string() });
export type CreatedApiKey = z.infer<typeof createdApiKeySchema>;
export type CreatedWithKey = z.infer<typeof withNewKeySchema>;
