// GET /api/orgs/:org/teams: the teams the viewer can see (hidden teams only to members and org admins).
import type { HttpHandler } from 'msw';
import type { Db } from '../db/db';
import { decide, roleLabel, visibleTeams } from '../engine/index';
import type { TeamsList } from '../../src/api/teams';
import { ok, refuse } from './respond';
import { findOrgBySlug, requireUser } from './session-actor';
import { param, route } from './route';
import { toApiDecision } from './perform';

export function teamsHandlers(db: Db): HttpHandler[] {
  return [
    route(db, 'get', '/orgs/:org/teams', ({ params }) => {
      const auth = requireUser(db);
      if (!auth.ok) return auth.response;
      const found = findOrgBySlug(db, param(params, 'org'));
      if (!found.ok) return found.response;
      const world = db.world;
      const read = decide(world, auth.actor, 'organization:read', { kind: 'org', orgId: found.org.id });
      if (!read.allowed) return refuse(read);
      const projectCounts = new Map<string, number>();
      for (const p of Object.values(world.projects))
        projectCounts.set(p.teamId, (projectCounts.get(p.teamId) ?? 0) + 1);
      const teams = visibleTeams(world, auth.actor, found.org.id).sort((a, b) =>
        a.name.localeCompare(b.name),
      );
      const create = decide(world, auth.actor, 'organization:create_team', {
        kind: 'org',
        orgId: found.org.id,
      });
      const body: TeamsList = {
        items: teams.map((t) => {
          const mine = t.members[auth.user.id];
          return {
            id: t.id,
            name: t.name,
            hidden: t.settings.hidden,
            memberCount: Object.keys(t.members).length,
            projectCount: projectCounts.get(t.id) ?? 0,
            yourRole: mine ? roleLabel(world, mine.role) : null,
            storage: t.storage.kind === 'managed' ? 'W&B managed' : `External bucket (${t.storage.bucket})`,
            createdAt: t.createdAt,
          };
        }),
        total: teams.length,
        viewer: { canCreateTeam: toApiDecision(create) },
      };
      return ok(body);
    }),
  ];
}
