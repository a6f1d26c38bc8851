// GET/PUT /api/session: who is acting (View as) and what they may do at org level.
import { z } from 'zod';
import { decisionSchema, orgRoleSchema, orgSummarySchema, personSchema } from './common';

export const loadProblemSchema = z.object({
  kind: z.enum(['corrupt', 'outdated', 'quota', 'dropped']),
  message: z.string(),
  /** 'dropped': each stored change dropped on loading, as "what, when: why". */
  details: z.array(z.string()),
});

/** One org the acting person belongs to (people may belong to several, each with its own role). */
export const memberOrgSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  orgRole: orgRoleSchema,
});
export type MemberOrg = z.infer<typeof memberOrgSchema>;

export const actingUserSchema = personSchema.extend({
  /** Their role in the org shown; null: not in this org (an outsider here, perhaps a member elsewhere). */
  orgRole: orgRoleSchema.nullable(),
  /** Another org they belong to, named when they are not in the org shown (null: none). */
  orgName: z.string().nullable(),
  /** Their own org's slug (their default org, else their first; null in none): where a person outside this org can go back to. */
  orgSlug: z.string().nullable(),
  /** Every org they belong to (the org switcher lists them). */
  orgs: z.array(memberOrgSchema),
  /** W&B's "Default API organization": where their API calls go when they name no org. */
  defaultOrgId: z.string().nullable(),
});

export const sessionSchema = z.object({
  org: orgSummarySchema,
  scenario: z.object({ name: z.string(), label: z.string() }),
  actingUser: actingUserSchema.nullable(),
  loadProblem: loadProblemSchema.nullable(),
  /** Org-level capabilities of the acting user, each with the engine's reasons. */
  can: z.object({
    /** Whether they may see the org at all: refused (with the reason) for people outside it. */
    readOrg: decisionSchema,
    listUsers: decisionSchema,
    inviteUsers: decisionSchema,
    updateMembers: decisionSchema,
    createTeam: decisionSchema,
    updateSettings: decisionSchema,
    manageRoles: decisionSchema,
    readAuditLog: decisionSchema,
  }),
});
export type Session = z.infer<typeof sessionSchema>;

export const viewAsBodySchema = z.object({ userId: z.string().min(1).nullable() });
/** PUT /api/session/org: the org switcher. PUT /api/session/default-org: the Default API organization. */
export const sessionOrgBodySchema = z.object({ orgId: z.string().min(1) });

export const candidatesQuerySchema = z.object({ q: z.string().max(100).catch('') });
export const candidateSchema = personSchema.extend({
  orgRole: orgRoleSchema.nullable(),
  /** e.g. "Admin", "Member · also in Globex", "Outside the org (Globex)". */
  description: z.string(),
  /** Whether they belong to the org shown (View as lists its people first, then everyone else). */
  inOrg: z.boolean(),
});
export type Candidate = z.infer<typeof candidateSchema>;
export const candidatesSchema = z.object({ items: z.array(candidateSchema), total: z.number() });

/** GET /api/orgs/:org: the org, for someone who may see it (403 with the reasons, 404 unknown). */
export const orgAnswerSchema = z.object({ org: orgSummarySchema });
