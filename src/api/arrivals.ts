// /api/arrivals — how people arrive (access-model §3), simulated from the demo panel through the same
// API a real sign-up would use: the arriving person (or nobody yet) is the actor, never the admin.
import { z } from 'zod';
import { orgRoleSchema, seatSchema } from './common';

/** The demo panel's list of invites one could accept (pending ones, expired included). */
export const arrivalOptionsSchema = z.object({
  org: z.object({ name: z.string(), domains: z.array(z.string()), ssoProvisioning: z.boolean() }),
  invites: z.array(
    z.object({
      id: z.string(),
      email: z.string(),
      orgRole: orgRoleSchema,
      teams: z.array(z.string()),
      expiresAt: z.string(),
      expired: z.boolean(),
    }),
  ),
});
export type ArrivalOptions = z.infer<typeof arrivalOptionsSchema>;

export const acceptInviteBodySchema = z.object({ inviteId: z.string().min(1, 'Pick an invite') });

const personFields = {
  name: z.string().trim().min(1, 'Enter a name').max(64, 'Use at most 64 characters'),
  email: z.string().trim().toLowerCase().email('Enter an email address such as nora@acme-ml.com'),
};
export const signupBodySchema = z.object(personFields);
export const ssoSignInBodySchema = z.object(personFields);
export type PersonBody = z.infer<typeof signupBodySchema>;

/** What happened to the arriving person, in words and in data. */
export const arrivalResultSchema = z.object({
  outcome: z.enum(['joined', 'outside']),
  person: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  orgName: z.string().nullable(),
  orgRole: orgRoleSchema.nullable(),
  modelsSeat: seatSchema,
  teams: z.array(z.string()),
  summary: z.string(),
});
export type ArrivalResult = z.infer<typeof arrivalResultSchema>;
