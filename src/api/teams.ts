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

/**
 * GET /api/session/joinable-teams: teams the acting person is not in but may join or ask to join: the
 * teams of the orgs they belong to (as they see them listed) and of SaaS orgs claiming their email
 * domain (not hidden). Each with the engine's answer to joining directly and to asking.
 */
export const joinableTeamsSchema = z.object({
  domain: z.string(),
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      orgName: z.string(),
      orgSlug: z.string(),
      memberCount: z.number(),
      /** The engine's answer to team.joinByDomain (its reasons when refused). */
      canJoin: decisionSchema,
      /** The engine's answer to team.requestJoin ("Ask to join"; its reasons when refused). */
      canAsk: decisionSchema,
      /** When the person asked to join, while the request is pending (they may withdraw it). */
      requestedAt: z.string().nullable(),
    }),
  ),
});
export type JoinableTeams = z.infer<typeof joinableTeamsSchema>;
export type JoinableTeam = JoinableTeams['items'][number];

/** POST /api/teams/:teamId/join-by-domain. */
export const joinedTeamSchema = z.object({ teamId: z.string(), teamName: z.string() });

/** Asking, withdrawing, approving or declining a request to join (ADR 0025). */
export const joinRequestResultSchema = z.object({
  teamName: z.string(),
  userId: z.string(),
  status: z.enum(['pending', 'withdrawn', 'approved', 'declined']),
});
export type JoinRequestResult = z.infer<typeof joinRequestResultSchema>;
