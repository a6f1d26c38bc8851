// Builds the project overview: details, "Your access" (every permission with the engine's reasons),
// what the viewer may change, and the runs with what may be done to each.
import type { Db } from '../../db/db';
import {
  memberOf,
  PERMISSION_INFO,
  check,
  allows,
  decide,
  actorAccess,
  type Actor,
  type Project,
  type Team,
  type Visibility,
} from '../../engine/index';
import type { ProjectOverview } from '../../../src/api/projects';
import { VISIBILITY_INFO } from '../../../src/api/team';
import { toApiDecision } from '../http/api-values';

const VISIBILITIES: Visibility[] = ['open', 'public', 'team', 'restricted'];

export function projectOverviewBody(db: Db, actor: Actor, team: Team, project: Project): ProjectOverview {
  const world = db.world;
  const at = db.now();
  const res = { kind: 'project', projectId: project.id } as const;
  const userId = actor.kind === 'user' ? actor.userId : null;
  const runs = world.runs.values().filter((r) => r.projectId === project.id);
  const canSeeContent = decide(world, actor, 'run:read', res);
  const others = world.projects.values().filter((p) => p.teamId === team.id && p.id !== project.id);
  const probeTarget = others.find((p) => p.visibility !== 'restricted') ?? others[0];
  // The same answer as the Access page's explanation: one list, one count (issue 15).
  const access = actorAccess(world, actor, { kind: 'project', projectId: project.id });
  const manage = decide(world, actor, 'project:manage_users', res);
  const isMember = userId !== null && project.restrictedMembers.includes(userId);
  return {
    project: {
      id: project.id,
      name: project.name,
      team: team.name,
      description: project.description,
      visibility: project.visibility,
      ownerId: project.ownerId,
      ownerName: world.users.get(project.ownerId)?.name ?? 'a removed user',
      ownerInTeam: team.members.get(project.ownerId) !== undefined,
      createdAt: project.createdAt,
      updatedAt: project.updatedAt,
      counts: {
        runs: runs.length,
        reports: world.reports.values().filter((r) => r.projectId === project.id).length,
        artifacts: world.artifacts.values().filter((a) => a.projectId === project.id).length,
      },
    },
    yourAccess: {
      who: userId ? (world.users.get(userId)?.name ?? 'You') : 'An anonymous visitor',
      roleLabel: access.roleLabel,
      roleDetail: access.roleDetail,
      source: access.roleSource,
      permissions: access.permissions.map(({ permission, decision }) => ({
        permission,
        description: PERMISSION_INFO[permission].description,
        group: PERMISSION_INFO[permission].group,
        allowed: decision.allowed,
        reasons: decision.reasons,
      })),
      counts: access.counts,
    },
    viewer: {
      canEdit: toApiDecision(
        check(world, actor, {
          type: 'project.update',
          projectId: project.id,
          description: project.description,
          at,
        }),
      ),
      canChangeOwner: toApiDecision(manage),
      canSeeContent: toApiDecision(canSeeContent),
      canManageUsers: toApiDecision(manage),
      join:
        project.visibility === 'restricted' && !isMember && manage.allowed
          ? toApiDecision(check(world, actor, { type: 'project.join', projectId: project.id, at }))
          : null,
    },
    visibilityOptions: VISIBILITIES.map((v) => ({
      value: v,
      label: VISIBILITY_INFO[v].label,
      decision: toApiDecision(
        check(world, actor, { type: 'project.update', projectId: project.id, visibility: v, at }),
      ),
    })),
    ownerOptions: team.members
      .keys()
      .filter((id) => world.users.get(id))
      .map((id) => ({ id, name: world.users.get(id)?.name ?? id }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    runs: canSeeContent.allowed
      ? runs
          .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
          .map((run) => ({
            id: run.id,
            name: run.name,
            authorName:
              world.users.get(run.authorId)?.name ??
              world.serviceAccounts.get(run.authorId)?.name ??
              'a removed user',
            authorInOrg:
              memberOf(world, run.authorId, team.orgId) !== undefined ||
              world.serviceAccounts.get(run.authorId) !== undefined,
            loggedWith: run.loggedById ? (world.serviceAccounts.get(run.loggedById)?.name ?? null) : null,
            sweep: run.sweepId ? (world.sweeps.get(run.sweepId)?.name ?? null) : null,
            state: run.state,
            createdAt: run.createdAt,
            stop: toApiDecision(check(world, actor, { type: 'run.stop', runId: run.id })),
            remove: toApiDecision(check(world, actor, { type: 'run.delete', runId: run.id })),
            move: toApiDecision(
              probeTarget
                ? check(world, actor, { type: 'run.move', runIds: [run.id], toProjectId: probeTarget.id })
                : {
                    allowed: false,
                    reasons: [
                      {
                        step: 'input',
                        effect: 'deny',
                        text: `Team ${team.name} has no other project to move runs to`,
                      },
                    ],
                  },
            ),
          }))
      : [],
    moveTargets: others
      .filter((p) => allows(world, actor, 'project:read', { kind: 'project', projectId: p.id }))
      .map((p) => ({ id: p.id, name: p.name, visibility: p.visibility })),
  };
}
