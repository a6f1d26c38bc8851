// GET /api/teams/:team — the team dashboard. A team the viewer may not see is a 404, so hidden teams
// do not leak by name.
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import { allows, decide, roleLabel } from '../../engine/index';
import type { TeamDetail } from '../../../src/api/team';
import { ok } from '../http/respond';
import { toApiDecision } from '../http/api-values';
import { route } from '../http/route';
import { memberIdentity } from './member-identity';
import { withTeam } from '../http/resolvers';

export function teamHandlers(db: Db): HttpHandler[] {
  return [
    route(
      db,
      'get',
      '/teams/:team',
      withTeam(db, ({ team, actor, user }) => {
        const world = db.world;
        const runCounts = new Map<string, number>();
        for (const run of world.runs.values())
          runCounts.set(run.projectId, (runCounts.get(run.projectId) ?? 0) + 1);
        const projects: TeamDetail['projects'] = [];
        for (const p of world.projects.values()) {
          if (p.teamId !== team.id) continue;
          // Verdicts only (no reasons are shown in the list).
          const res = { kind: 'project', projectId: p.id } as const;
          const read = allows(world, actor, 'project:read', res);
          const manage = allows(world, actor, 'project:manage_users', res);
          if (!read && !manage) continue;
          // Admins who have not joined a Restricted project manage it but cannot see its content.
          const content = allows(world, actor, 'run:read', res);
          projects.push({
            id: p.id,
            name: p.name,
            description: p.description,
            visibility: p.visibility,
            ownerName: world.users.get(p.ownerId)?.name ?? 'a former member',
            ownerInTeam: !!team.members.get(p.ownerId),
            updatedAt: p.updatedAt,
            runCount: runCounts.get(p.id) ?? 0,
            managementOnly: manage && !content,
          });
        }
        projects.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
        const members: TeamDetail['members'] = team.members.entries().map(([id, m]) => ({
          ...memberIdentity(world, team.orgId, id),
          roleLabel: roleLabel(world, m.role),
          isYou: id === user.id,
        }));
        members.sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
        const mine = team.members.get(user.id);
        const body: TeamDetail = {
          team: {
            id: team.id,
            name: team.name,
            hidden: team.settings.hidden,
            storage:
              team.storage.kind === 'managed' ? 'W&B managed' : `External bucket (${team.storage.bucket})`,
            createdAt: team.createdAt,
            orgName: world.orgs.get(team.orgId)?.name ?? '',
          },
          projects,
          members,
          viewer: {
            yourRoleLabel: mine ? roleLabel(world, mine.role) : null,
            canOpenSettings: toApiDecision(
              decide(world, actor, 'project:read', { kind: 'team', teamId: team.id }),
            ),
          },
        };
        return ok(body);
      }),
    ),
  ];
}
