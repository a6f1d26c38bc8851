// What a change to one person's access would do, per team and project, before it is done: the engine's
// impact() of the same operation. Shared by the org role / seat, team-role and project-role previews.
import { z } from 'zod';
import { decisionSchema, roleRefSchema } from './common';

/**
 * Places of one kind that change the same way (same before → after, same permissions lost), as one
 * entry: an admin's demotion on a 10,000-person org touches thousands of projects, and reads as a few
 * lines (the server groups them, so the preview stays small whatever the size of the org).
 */
export const impactChangeSchema = z.object({
  /** What the places are: the organization, teams or projects. */
  kind: z.enum(['organization', 'team', 'project']),
  /**
   * The first places, in the server's order (at most IMPACT_PLACES_NAMED): projects ("team/name"),
   * teams ("team name") or the organization ("organization Name").
   */
  places: z.array(z.string()).min(1),
  /** How many places change this way in all. */
  count: z.number().int().min(1),
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

/** Places an entry names; the rest are counted. */
export const IMPACT_PLACES_NAMED = 10;

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
