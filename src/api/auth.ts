// Signing in to a shared server (ADR 0027): username + API key (W&B's own way), the first admin of an
// empty server, an invited person's first sign-in, and a person's own API keys (User settings; these
// also work in the in-browser demo). The session is the `ac_session` cookie, or `Authorization: Basic
// base64(username:API-KEY)` on each request.
import { z } from 'zod';
import { personSchema } from './common';
import { sessionSchema } from './session';

export const SESSION_COOKIE = 'ac_session';

/** POST /api/auth/sign-in. Wrong credentials: 401 `unauthenticated`, "Unknown username or API key." */
export const signInBodySchema = z.object({
  username: z.string().trim().min(1, 'Enter your username'),
  apiKey: z.string().trim().min(1, 'Enter your API key'),
});
/** `user`: what GET /api/session answers for the person now signed in. */
export const signedInSchema = z.object({ user: sessionSchema });
export type SignedIn = z.infer<typeof signedInSchema>;

/** GET /api/auth/setup: true while the server has no org and no one (the first person creates it). */
export const setupSchema = z.object({ needsFirstAdmin: z.boolean() });
export type Setup = z.infer<typeof setupSchema>;

const usernameSchema = z
  .string()
  .trim()
  .min(1, 'Choose a username')
  .max(32, 'Use at most 32 characters')
  .regex(/^[a-zA-Z0-9_.-]+$/, 'Use letters, digits, dots, dashes and underscores');
const nameSchema = z.string().trim().min(1, 'Enter your name').max(64, 'Use at most 64 characters');

/** POST /api/auth/first-admin: 201 with the new Admin's session and first API key; 409 once someone exists. */
export const firstAdminBodySchema = z.object({
  username: usernameSchema,
  name: nameSchema,
  email: z.string().trim().toLowerCase().email('Enter an email address such as ada@example.com'),
  orgName: z.string().trim().min(1, 'Name the organization').max(64, 'Use at most 64 characters'),
});
/** The answer of first-admin and accept-invite: the session, and an API key shown this once. */
export const newAccountSchema = z.object({ user: sessionSchema, apiKey: z.string() });
export type NewAccount = z.infer<typeof newAccountSchema>;

/** POST /api/auth/accept-invite: `token` is the invite's id, from the invite link. */
export const acceptInviteBodySchema = z.object({
  token: z.string().trim().min(1, 'The invite link has no token'),
  username: usernameSchema,
  name: nameSchema,
});

/** One of a person's API keys, as listed: never the key, only its last characters. */
export const apiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  /** When it last signed a request in (null: never, or not since the server started). */
  lastUsedAt: z.string().nullable(),
  /** "…abcd" */
  preview: z.string(),
});
export type ApiKeyRow = z.infer<typeof apiKeySchema>;
/** GET /api/me/api-keys */
export const apiKeysSchema = z.object({ keys: z.array(apiKeySchema) });
/** POST /api/me/api-keys → 201 createdApiKeySchema; DELETE /api/me/api-keys/:id → 204 (another's: 404). */
export const createApiKeyBodySchema = z.object({
  name: z.string().trim().min(1, 'Name the key').max(64, 'Use at most 64 characters'),
});
export const createdApiKeySchema = z.object({ key: apiKeySchema, secret: z.string() });
export type CreatedApiKey = z.infer<typeof createdApiKeySchema>;

/**
 * GET/PUT /api/session on a shared server: the session, plus the person signed in, so View as can say
 * whom an Admin is viewing as (absent in the in-browser demo, where the operator views as anyone).
 */
export const serverSessionSchema = sessionSchema.extend({
  signedInUser: personSchema.nullable().optional(),
  /** The shared server says whether View as is offered (the engine's offersViewAs); absent in the demo. */
  offersViewAs: z.boolean().optional(),
});
export type ServerSession = z.infer<typeof serverSessionSchema>;
