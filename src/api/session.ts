// GET/PUT /api/session: who is acting (View as) and what they may do at org level.
import { z } from 'zod';
import { decisionSchema, orgRoleSchema, orgSummarySchema, personSchema } from './common';

export const loadProblemSchema = z.object({
  kind: z.enum(['corrupt', 'outdated', 'quota', 'dropped']),
  message: z.string(),
  /** 'dropped': each stored change dropped on loading, as "what, when: why". */
  details: z.array(z.string()),
});

export const actingUserSchema = personSchema.extend({
  /** null: a person outside the org (an outsider). */
  orgRole: orgRoleSchema.nullable(),
  orgName: z.string().nullable(),
  /** Their own org's slug (null in none): where a person outside this org can go back to. */
  orgSlug: z.string().nullable(),
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

export const candidatesQuerySchema = z.object({ q: z.string().max(100).catch('') });
export const candidateSchema = personSchema.extend({
  orgRole: orgRoleSchema.nullable(),
  /** e.g. "Admin", "Member", "Outside the org (Globex)". */
  description: z.string(),
});
export type Candidate = z.infer<typeof candidateSchema>;
export const candidatesSchema = z.object({ items: z.array(candidateSchema), total: z.number() });

/** GET /api/orgs/:org: the org, for someone who may see it (403 with the reasons, 404 unknown). */
export const orgAnswerSchema = z.object({ org: orgSummarySchema });
