// Team settings (/:team/settings) and team creation: members with the roles each may get (and why
// not), privacy toggles with org locks, service accounts, and what deleting the team would take.
import { z } from 'zod';
import { decisionSchema, roleRefSchema, seatSchema } from './common';

export const TEAM_NAME_PATTERN = /^[a-z0-9_-]{3,32}$/;

export const createTeamBodySchema = z.discriminatedUnion('storageKind', [
  z.object({
    name: z.string().regex(TEAM_NAME_PATTERN, 'Use 3–32 lowercase letters, digits, - or _'),
    storageKind: z.literal('managed'),
  }),
  z.object({
    name: z.string().regex(TEAM_NAME_PATTERN, 'Use 3–32 lowercase letters, digits, - or _'),
    storageKind: z.literal('external'),
    bucket: z.string().trim().min(3, 'Enter the bucket, e.g. s3://acme-ml-artifacts').max(200),
  }),
]);
export type CreateTeamBody = z.infer<typeof createTeamBodySchema>;
export const createdTeamSchema = z.object({ name: z.string() });

export const roleOptionSchema = z.object({ value: z.string(), label: z.string(), decision: decisionSchema });
export type RoleOption = z.infer<typeof roleOptionSchema>;

export const teamMemberSchema = z.object({
  id: z.string(),
  kind: z.enum(['user', 'service']),
  name: z.string(),
  username: z.string().nullable(),
  email: z.string().nullable(),
  role: z.string(),
  roleLabel: z.string(),
  modelsSeat: seatSchema.nullable(),
  weaveAccess: seatSchema.nullable(),
  isYou: z.boolean(),
  /** Every team role, each with whether the viewer may give it to this member. */
  roleOptions: z.array(roleOptionSchema),
  remove: decisionSchema,
  /** Whether the viewer may see this member's access explained (themselves; team and org admins). */
  explain: decisionSchema,
});
export type TeamMember = z.infer<typeof teamMemberSchema>;

export const teamSettingSchema = z.object({
  key: z.string(),
  label: z.string(),
  description: z.string(),
  value: z.boolean(),
  /** Whether the viewer may flip it; a lock by the org says so in its reasons. */
  change: decisionSchema,
  locked: z.boolean(),
});
export type TeamSetting = z.infer<typeof teamSettingSchema>;

export const teamSettingsSchema = z.object({
  team: z.object({
    id: z.string(),
    name: z.string(),
    storage: z.string(),
    createdAt: z.string(),
    orgName: z.string(),
    /** The viewer's team role label, or null when not a member. */
    yourRoleLabel: z.string().nullable(),
  }),
  members: z.array(teamMemberSchema),
  pendingInvites: z.array(
    z.object({
      id: z.string(),
      email: z.string(),
      roleLabel: z.string(),
      expiresAt: z.string(),
      expired: z.boolean(),
    }),
  ),
  /** The roles a new member may be invited with (Admin, Member, View-Only, custom…). */
  inviteRoles: z.array(roleOptionSchema),
  settings: z.array(teamSettingSchema),
  serviceAccounts: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      apiKeyLast4: z.string(),
      createdAt: z.string(),
      createdBy: z.string(),
    }),
  ),
  /** Pending "Ask to join" requests, each with the engine's answer to approving and declining it. */
  joinRequests: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      email: z.string(),
      at: z.string(),
      /** The role approval gives (the team's default role for this person). */
      roleLabel: z.string(),
      approve: decisionSchema,
      decline: decisionSchema,
    }),
  ),
  deletion: z.object({
    projects: z.number(),
    runs: z.number(),
    members: z.number(),
    serviceAccounts: z.number(),
  }),
  viewer: z.object({
    canInvite: decisionSchema,
    /** Whether the viewer may change roles at all; per-member options then say why not for one person. */
    canChangeRoles: decisionSchema,
    canManageSettings: decisionSchema,
    canManageServiceAccounts: decisionSchema,
    canDelete: decisionSchema,
    leave: decisionSchema.nullable(),
  }),
});
export type TeamSettings = z.infer<typeof teamSettingsSchema>;

export const teamInviteBodySchema = z.object({
  emailOrUsername: z.string().trim().min(1, 'Enter an email or username').max(254),
  role: roleRefSchema,
});
export type TeamInviteBody = z.infer<typeof teamInviteBodySchema>;
export const teamInviteResultSchema = z.object({
  outcome: z.enum(['added', 'invited']),
  name: z.string(),
  message: z.string(),
});

export const setTeamRoleBodySchema = z.object({ role: roleRefSchema });
export const setTeamRoleResultSchema = z.object({
  previousRole: z.string(),
  roleLabel: z.string(),
  /** e.g. "2 project roles followed; 1 project override kept". */
  projectNote: z.string().nullable(),
});

export const updateTeamSettingsBodySchema = z
  .record(z.string(), z.boolean())
  .refine((r) => Object.keys(r).length > 0, 'Nothing to change');

export const createServiceAccountBodySchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, 'Use at least 2 characters')
    .max(40, 'Use at most 40 characters')
    .regex(/^[a-zA-Z0-9 _-]+$/, 'Use letters, digits, spaces, - or _'),
});
export const createdServiceAccountSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Shown once; only the last 4 characters are kept. */
  apiKey: z.string(),
});

/** What removing a member (or changing their team role) would do, per project, before it is done. */
export { memberChangePreviewSchema, type MemberChangePreview } from './member-preview';
