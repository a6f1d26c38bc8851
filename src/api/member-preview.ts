// What a change to one person's access would do, per team and project, before it is done: the engine's
// impact() of the same operation. Shared by the org role / seat, team-role and project-role previews.
import { z } from 'zod';
import { decisionSchema, roleRefSchema } from './common';

export const impactChangeSchema = z.object({
  /** What `target` names: the organization, a team or a project. */
  kind: z.enum(['organization', 'team', 'project']),
  /** A project ("team/name"), a team ("team name") or the organization ("organization Name"). */
  target: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
  /** Loses sight of the project's content (run:read or project:read). */
  losesAccess: z.boolean(),
  /** Loses at least one permission there (a downgrade). */
  losesPermissions: z.boolean(),
  /** The permissions lost there, in catalog order, each with its group and what it lets you do. */
  lost: z.array(z.object({ permission: z.string(), group: z.string(), description: z.string() })),
});
export type ImpactChange = z.infer<typeof impactChangeSchema>;

/** Body of the team and project member previews: a role change, or removal. */
export const memberChangePreviewBodySchema = z.union([
  z.strictObject({ remove: z.literal(true) }),
  z.strictObject({ role: roleRefSchema }),
]);
export type MemberChangePreviewBody = z.infer<typeof memberChangePreviewBodySchema>;

/** A team or project role the person holds that the change replaces (e.g. a custom role → its base). */
export const heldRoleChangeSchema = z.object({ where: z.string(), before: z.string(), after: z.string() });
export type HeldRoleChange = z.infer<typeof heldRoleChangeSchema>;

export const memberChangePreviewSchema = z.object({
  allowed: decisionSchema,
  summary: z.string(),
  changes: z.array(impactChangeSchema),
  /** Roles they hold that change as a consequence (shown before saving, even with no permission lost). */
  heldRoles: z.array(heldRoleChangeSchema),
  /** Why those roles change, in the server's words (null when none do). */
  heldRolesNote: z.string().nullable(),
});
export type MemberChangePreview = z.infer<typeof memberChangePreviewSchema>;
