// GET /api/orgs/:org/teams: the teams the viewer can see (hidden teams only to members and org admins).
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import { check, decide, roleLabel, visibleTeams } from '../../engine/index';
import type { TeamsList } from '../../../src/api/teams';
import { createTeamBodySchema } from '../../../src/api/team-settings';
import { ok, parseBody, refuse } from '../http/respond';
import { route } from '../http/route';
import { transact } from '../http/transact';
import { newId, toApiDecision } from '../http/api-values';
import { withOrg } from '../http/resolvers';

export function teamsHandlers(db: Db): HttpHandler[] {
  return [
    route(
      db,
      'get',
      '/orgs/:org/teams',
      withOrg(db, (found) => {
        const world = db.world;
        const read = decide(world, found.actor, 'organization:read', { kind: 'org', orgId: found.org.id });
        if (!read.allowed) return refuse(read);
        const projectCounts = new Map<string, number>();
        for (const p of world.projects.values())
          projectCounts.set(p.teamId, (projectCounts.get(p.teamId) ?? 0) + 1);
        const teams = visibleTeams(world, found.actor, found.org.id).sort((a, b) =>
          a.name.localeCompare(b.name),
        );
        const create = decide(world, found.actor, 'organization:create_team', {
          kind: 'org',
          orgId: found.org.id,
        });
        // A would-be team with an external bucket tells whether the plan allows it.
        const external = check(world, found.actor, {
          type: 'team.create',
          id: '__probe__',
          orgId: found.org.id,
          // Valid and unused, so the only refusal left to meet is the plan's.
          name: 'storage-probe-0000',
          storage: { kind: 'external', bucket: 's3://probe' },
          at: db.now(),
        });
        const body: TeamsList = {
          items: teams.map((t) => {
            const mine = t.members.get(found.user.id);
            return {
              id: t.id,
              name: t.name,
              hidden: t.settings.hidden,
              memberCount: t.members.keys().length,
              projectCount: projectCounts.get(t.id) ?? 0,
              yourRoleLabel: mine ? roleLabel(world, mine.role) : null,
              storage: t.storage.kind === 'managed' ? 'W&B managed' : `External bucket (${t.storage.bucket})`,
              createdAt: t.createdAt,
            };
          }),
          total: teams.length,
          viewer: {
            canCreateTeam: toApiDecision(create),
            externalStorage: toApiDecision(
              external.refusal === 'forbidden'
                ? external
                : { allowed: create.allowed, reasons: create.reasons },
            ),
          },
        };
        return ok(body);
      }),
    ),
    route(
      db,
      'post',
      '/orgs/:org/teams',
      withOrg(db, async ({ request, ...found }) => {
        const body = await parseBody(request, createTeamBodySchema);
        if (!body.ok) return body.response;
        const storage =
          body.data.storageKind === 'external'
            ? { kind: 'external' as const, bucket: body.data.bucket }
            : { kind: 'managed' as const };
        const done = transact(db, found.actor, {
          type: 'team.create',
          id: newId('team'),
          orgId: found.org.id,
          name: body.data.name,
          storage,
          at: db.now(),
        });
        if (!done.ok) return done.response;
        return ok({ name: body.data.name }, 201);
      }),
    ),
  ];
}
