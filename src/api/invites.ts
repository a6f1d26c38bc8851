// Org invites (§3): the dialog's options, create / resend / revoke / edit, and CSV import.
// Handlers build these shapes; the UI parses them. Every option carries the engine's Decision.
import { z } from 'zod';
import {
  decisionSchema,
  deploymentSchema,
  orgRoleSchema,
  planSchema,
  roleRefSchema,
  seatSchema,
} from './common';

const USERNAME_RE = /^[a-z0-9][a-z0-9._-]{1,63}$/i;
const EMAIL_SHAPE_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What the person typed: an email address, or the username of someone who already has an account. */
export const emailOrUsernameSchema = z
  .string()
  .trim()
  .min(1, 'Enter an email address or a username')
  .max(254, 'At most 254 characters')
  .refine((v) => (v.includes('@') ? EMAIL_SHAPE_RE.test(v) : USERNAME_RE.test(v)), {
    message: 'Enter a valid email address (name@example.com) or a username',
  });

export const inviteTeamSchema = z.object({ teamId: z.string().min(1), role: roleRefSchema });
export type InviteTeam = z.infer<typeof inviteTeamSchema>;

/** POST /api/orgs/:org/invites (and ?dryRun=1). weaveAccess defaults to the Models seat. */
export const createInviteBodySchema = z.object({
  email: emailOrUsernameSchema,
  orgRole: orgRoleSchema,
  modelsSeat: seatSchema,
  weaveAccess: seatSchema.optional(),
  teams: z.array(inviteTeamSchema).max(200).default([]),
  /** Dedicated / Self-managed "Send invite email to user"; SaaS invites are always emailed. */
  sendEmail: z.boolean().default(true),
});
export type CreateInviteBody = z.input<typeof createInviteBodySchema>;

/** PATCH /api/orgs/:org/invites/:id: any of role, seats and teams (the full team list). */
export const updateInviteBodySchema = z
  .object({
    orgRole: orgRoleSchema,
    modelsSeat: seatSchema,
    weaveAccess: seatSchema,
    teams: z.array(inviteTeamSchema).max(200),
  })
  .partial()
  .refine((b) => Object.keys(b).length > 0, { message: 'Nothing to change' });
export type UpdateInviteBody = z.infer<typeof updateInviteBodySchema>;

/** The person an email or username resolves to, when they already have an account. */
export const inviteeSchema = z.object({
  name: z.string(),
  username: z.string(),
  email: z.string(),
  /** Their organization's name, or null for someone in no organization. */
  orgName: z.string().nullable(),
});
export type Invitee = z.infer<typeof inviteeSchema>;

export const inviteSchema = z.object({
  id: z.string(),
  email: z.string(),
  orgRole: orgRoleSchema,
  modelsSeat: seatSchema,
  weaveAccess: seatSchema,
  teams: z.array(z.object({ teamId: z.string(), name: z.string(), role: z.string(), roleLabel: z.string() })),
  invitedBy: z.string(),
  sentAt: z.string(),
  expiresAt: z.string(),
  status: z.enum(['invited', 'expired']),
});
export type InviteDetail = z.infer<typeof inviteSchema>;

/** GET /api/orgs/:org/invites/:id: the invite and what the viewer may do with it. */
export const inviteDetailResponseSchema = z.object({
  invite: inviteSchema,
  can: z.object({ resend: decisionSchema, revoke: decisionSchema, update: decisionSchema }),
});
export type InviteDetailResponse = z.infer<typeof inviteDetailResponseSchema>;

/** POST …/invites/:id/resend and PATCH …/invites/:id. */
export const inviteAnswerSchema = z.object({ invite: inviteSchema });

/** DELETE …/invites/:id: who was revoked. */
export const revokedInviteSchema = z.object({ id: z.string(), email: z.string() });

export const createInviteResponseSchema = z.object({
  invite: inviteSchema,
  invitee: inviteeSchema.nullable(),
  emailSent: z.boolean(),
});

export const inviteCheckResponseSchema = z.object({
  invitee: inviteeSchema.nullable(),
  decision: decisionSchema,
  field: z.string().nullable(),
});
export type InviteCheck = z.infer<typeof inviteCheckResponseSchema>;

const optionSchema = z.object({ value: z.string(), label: z.string(), decision: decisionSchema });
export type InviteOption = z.infer<typeof optionSchema>;

/** GET /api/orgs/:org/invites/options[?invite=id]: choices of the dialog, each decided by the engine. */
export const inviteOptionsSchema = z.object({
  org: z.object({ name: z.string(), plan: planSchema, deployment: deploymentSchema }),
  /** SaaS: "Invite new user"; Dedicated and Self-managed: "Add user". */
  flow: z.enum(['invite', 'add-user']),
  /** Days an invite lasts after it is sent (the server's rule; the dialog says it, never hard-codes it). */
  inviteTtlDays: z.number().int().positive(),
  /** When refused, the lists below are empty: the page shows the control disabled with this reason. */
  canInvite: decisionSchema,
  fullSeats: z.object({ used: z.number(), limit: z.number(), left: z.number() }).nullable(),
  /** Per org role: the role's own decision and one per Models seat. */
  roles: z.array(optionSchema.extend({ value: orgRoleSchema, seats: z.array(optionSchema) })),
  /** The org's teams (the viewer's invite may name any of them). */
  teams: z.array(z.object({ id: z.string(), name: z.string() })),
  /** Per org role: the team roles someone with that org role may be given. */
  teamRoles: z.record(orgRoleSchema, z.array(optionSchema)),
});
export type InviteOptions = z.infer<typeof inviteOptionsSchema>;

// --- CSV import ---------------------------------------------------------------------------------

export const INVITE_CSV_COLUMNS = ['email', 'role', 'seat', 'teams'] as const;
export const INVITE_CSV_MAX_ROWS = 1000;
/** Bytes; a 1,000-row file is far smaller. */
export const INVITE_CSV_MAX_BYTES = 512 * 1024;
export const INVITE_CSV_TEMPLATE = [
  'email,role,seat,teams',
  'ada.lovelace@example.com,member,full,ml-research:member',
  'grace.hopper@example.com,viewer,viewer,',
  '"alan.turing@example.com",member,none,"vision:member;infra:viewer"',
  '',
].join('\r\n');

export const importBodySchema = z.object({
  csv: z.string().max(INVITE_CSV_MAX_BYTES, 'The file is larger than 512 KB'),
});

export const importRowSchema = z.object({
  /** 1-based line of the file (the header is line 1). */
  line: z.number(),
  email: z.string(),
  role: z.string(),
  seat: z.string(),
  teams: z.string(),
  status: z.enum(['valid', 'sent', 'rejected']),
  /** For rejected rows: why, in the engine's words (or the parser's). */
  error: z.string().nullable(),
  /** HTTP class of the refusal, as a single request would have been answered. */
  errorStatus: z.number().nullable(),
});
export type ImportRow = z.infer<typeof importRowSchema>;

export const importResponseSchema = z.object({
  dryRun: z.boolean(),
  rows: z.array(importRowSchema),
  valid: z.number(),
  sent: z.number(),
  rejected: z.number(),
  /** CSV of the rejected rows with a `reason` column, ready to download. */
  errorReport: z.string(),
});
export type ImportResult = z.infer<typeof importResponseSchema>;
