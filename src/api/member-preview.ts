// What a change to one person's access would do, per team and project, before it is done: the engine's
// impact() of the same operation. Shared by the org role / seat, team-role and project-role previews.
import { z } from 'zod';
import { decisionSchema } from './common';

export const impactChangeSchema = z.object({
  kind: z.enum(['organization', 'team', 'project']),
  /** A project ("team/name"), the team itself ("team name") or the organization ("organization Name"). */
  project: z.string(),
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
  z.strictObject({ role: z.string().min(1) }),
]);
export type MemberChangePreviewBody = z.infer<typeof memberChangePreviewBodySchema>;

export const memberChangePreviewSchema = z.object({
  allowed: decisionSchema,
  summary: z.string(),
  changes: z.array(impactChangeSchema),
});
export type MemberChangePreview = z.infer<typeof memberChangePreviewSchema>;
