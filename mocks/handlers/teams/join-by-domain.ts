// Teams a person may join or ask to join (W&B: "Existing users with verified email addresses from your
// domains can join your organization's teams within the W&B App"): GET /api/session/joinable-teams lists
// them with the engine's answers, POST /api/teams/:teamId/join-by-domain joins one (and the org, as
// Member, when not in it yet). Asking, withdrawing and deciding are in join-requests.ts.
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import {
  check,
  emailDomainOf,
  teamsOfOrg,
  visibleTeams,
  type Actor,
  type Team,
  type User,
  type World,
} from '../../engine/index';
import type { JoinableTeams } from '../../../src/api/teams';
import { notFound, ok } from '../http/respond';
import { param, route } from '../http/route';
import { requireUser } from '../http/session-actor';
import { transact } from '../http/transact';
import { toApiControl } from '../http/api-values';

/**
 * Teams of the person's orgs as they see them listed, and the unhidden teams of orgs claiming their
 * domain: each org's own teams (the engine's index), never a scan of every team of every org.
 */
export function candidateTeams(world: World, actor: Actor, user: User): Team[] {
  const domain = emailDomainOf(user.email);
  const claiming = world.orgs.values().filter((o) => o.deployment === 'saas' && o.domains.includes(domain));
  const seen = new Map<string, Team>();
  for (const m of user.orgs) for (const t of visibleTeams(world, actor, m.orgId)) seen.set(t.id, t);
  for (const o of claiming)
    for (const t of teamsOfOrg(world, o.id)) if (!t.settings.hidden) seen.set(t.id, t);
  return [...seen.values()].filter((t) => !t.members.has(user.id));
}

export function joinByDomainHandlers(db: Db): HttpHandler[] {
  return [
    route(db, 'get', '/session/joinable-teams', () => {
      const auth = requireUser(db);
      if (!auth.ok) return auth.response;
      const world = db.world;
      const at = db.now();
      const body: JoinableTeams = {
        domain: emailDomainOf(auth.user.email),
        items: candidateTeams(world, auth.actor, auth.user)
          .map((t) => ({
            id: t.id,
            name: t.name,
            orgName: world.orgs.get(t.orgId)?.name ?? '',
            orgSlug: world.orgs.get(t.orgId)?.slug ?? '',
            memberCount: t.members.size,
            canJoin: toApiControl(check(world, auth.actor, { type: 'team.joinByDomain', teamId: t.id, at })),
            canAsk: toApiControl(check(world, auth.actor, { type: 'team.requestJoin', teamId: t.id, at })),
            requestedAt: (t.joinRequests ?? []).find((r) => r.userId === auth.user.id)?.at ?? null,
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
