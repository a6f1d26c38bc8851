// GET /api/orgs/:org/users/:userId/removal (the impact preview) and DELETE /api/orgs/:org/users/:userId.
import { z } from 'zod';
import { decisionSchema } from './common';

export const removalImpactSchema = z.object({
  person: z.object({ id: z.string(), name: z.string() }),
  /** check() of the removal: refused ones carry the reason (last admin, sole team admin…). */
  decision: decisionSchema,
  /** Teams they leave, with the label of the role they held. */
  teams: z.array(z.object({ name: z.string(), roleLabel: z.string() })),
  /** Projects whose content they lose access to. */
  projects: z.array(z.object({ label: z.string(), roleLabel: z.string().nullable() })),
  /** Projects they own: the owner field stays, flagged "owner is no longer in the team". */
  ownedProjects: z.array(z.object({ label: z.string() })),
  /** What they authored, which stays. */
  authored: z.object({ runs: z.number(), reports: z.number(), artifacts: z.number() }),
});
export type RemovalImpact = z.infer<typeof removalImpactSchema>;

export const removeMemberResultSchema = z.object({ id: z.string(), name: z.string() });
export type RemoveMemberResult = z.infer<typeof removeMemberResultSchema>;
