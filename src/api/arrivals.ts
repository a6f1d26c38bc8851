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
export const signupBodySchema = z.object({
  ...personFields,
  /** Teams of the org claiming the email's domain that recommend themselves to it, chosen at sign-up. */
  teamIds: z.array(z.string().min(1)).max(50).default([]),
  /**
   * Create an organization (W&B's trial on SaaS): its name. Absent: an unclaimed company domain founds
   * its org under the domain's name, any other sign-up joins the claiming org or none. null: create none.
   */
  createOrg: z
    .object({ name: z.string().trim().min(1, 'Enter a name').max(64) })
    .nullable()
    .optional(),
});
export const ssoSignInBodySchema = z.object(personFields);
export type PersonBody = z.infer<typeof ssoSignInBodySchema>;
export type SignupBody = z.infer<typeof signupBodySchema>;

/** GET /api/arrivals/signup-options?email=: what a sign-up with this email is offered. */
export const signupOptionsQuerySchema = z.object({ email: z.string().trim().toLowerCase().email() });
export const signupOptionsSchema = z.object({
  domain: z.string(),
  /** The SaaS org claiming the domain, which the sign-up joins (with its default team). */
  joins: z.object({ name: z.string(), defaultTeam: z.string().nullable() }).nullable(),
  /** Its teams that recommend themselves to new users from the domain: the sign-up picks among them. */
  teams: z.array(z.object({ id: z.string(), name: z.string(), isDefault: z.boolean() })),
  /** No org claims this company domain: the sign-up creates one, named this, and becomes its Admin. */
  foundsOrg: z.object({ name: z.string() }).nullable(),
  /** A Dedicated / Self-managed instance captures the domain: whom to contact for access there. */
  contact: z.object({ orgName: z.string(), email: z.string() }).nullable(),
  /** Trial orgs created at sign-up: their plan and length, from the server. */
  trial: z.object({ days: z.number(), fullSeats: z.number() }),
});
export type SignupOptions = z.infer<typeof signupOptionsSchema>;

/** What happened to the arriving person, in words and in data. */
export const arrivalResultSchema = z.object({
  outcome: z.enum(['joined', 'founded', 'outside']),
  person: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  orgName: z.string().nullable(),
  orgRole: orgRoleSchema.nullable(),
  modelsSeat: seatSchema,
  teams: z.array(z.string()),
  summary: z.string(),
});
export type ArrivalResult = z.infer<typeof arrivalResultSchema>;
