// Teams a person may join because their email's domain is claimed by the team's org (W&B: "Existing
// users with verified email addresses from your domains can join your organization's teams within the
// W&B App"): GET /api/session/joinable-teams lists them with the engine's answer for each, and
// POST /api/teams/:teamId/join-by-domain joins one (and the org, as Member, when not in it yet).
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import { check, emailDomainOf } from '../../engine/index';
import type { JoinableTeams } from '../../../src/api/teams';
import { notFound, ok } from '../http/respond';
import { param, route } from '../http/route';
import { requireUser } from '../http/session-actor';
import { transact } from '../http/transact';
import { toApiDecision } from '../http/api-values';

export function joinByDomainHandlers(db: Db): HttpHandler[] {
  return [
    route(db, 'get', '/session/joinable-teams', () => {
      const auth = requireUser(db);
      if (!auth.ok) return auth.response;
      const world = db.world;
      const domain = emailDomainOf(auth.user.email);
      const orgs = world.orgs.values().filter((o) => o.deployment === 'saas' && o.domains.includes(domain));
      const body: JoinableTeams = {
        domain,
        items: world.teams
          .values()
          .filter(
            (t) =>
              orgs.some((o) => o.id === t.orgId) &&
              t.settings.recommendForDomainSignups &&
              !t.members.has(auth.user.id),
          )
          .map((t) => ({
            id: t.id,
            name: t.name,
            orgName: world.orgs.get(t.orgId)?.name ?? '',
            memberCount: t.members.size,
            canJoin: toApiDecision(
              check(world, auth.actor, { type: 'team.joinByDomain', teamId: t.id, at: db.now() }),
            ),
          }))
          .sort((a, b) => a.orgName.localeCompare(b.orgName) || a.name.localeCompare(b.name)),
      };
      return ok(body);
    }),
    route(db, 'post', '/teams/:teamId/join-by-domain', ({ params }) => {
      const auth = requireUser(db);
      if (!auth.ok) return auth.response;
      const team = db.world.teams.get(param(params, 'teamId'));
      if (!team) return notFound('That team');
      const done = transact(db, auth.actor, { type: 'team.joinByDomain', teamId: team.id, at: db.now() });
      if (!done.ok) return done.response;
      return ok({ teamId: team.id, teamName: team.name });
    }),
  ];
}
