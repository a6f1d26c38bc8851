// GET /api/orgs/:org/teams: teams the viewer can see, with counts (the Teams page and the left nav).
import { z } from 'zod';
import { decisionSchema } from './common';

export const teamSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  hidden: z.boolean(),
  memberCount: z.number(),
  projectCount: z.number(),
  /** The viewer's team role label, or null when not a member. */
  yourRoleLabel: z.string().nullable(),
  storage: z.string(),
  createdAt: z.string(),
});

export const teamsListSchema = z.object({
  items: z.array(teamSummarySchema),
  /** Hidden teams the viewer is not in are neither listed nor counted. */
  total: z.number(),
  viewer: z.object({
    canCreateTeam: decisionSchema,
    /** External bucket storage (Enterprise) for a new team. */
    externalStorage: decisionSchema,
  }),
});
export type TeamsList = z.infer<typeof teamsListSchema>;
