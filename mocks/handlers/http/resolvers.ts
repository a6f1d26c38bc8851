// What a path names, looked up once for every handler: the signed-in actor, the org, a member, a team,
// a project. Each `with…` wraps a route's resolver and answers the refusal itself (401 signed out,
// 404 unknown or invisible, 403 with the engine's reasons), so a handler starts from what it needs.
import type { Db } from '../../db/db';
import {
  allows,
  decide,
  memberOf,
  type OrgMember,
  visibleTeams,
  type Actor,
  type Org,
  type Project,
  type Team,
  type User,
} from '../../engine/index';
import { notFound, refuse } from './respond';
import { param, type Params, type Resolver, type RouteArgs } from './route';
import { actorOf, requireUser } from './session-actor';

type Found<T> = ({ ok: true } & T) | { ok: false; response: Response };
type Handle<T> = (ctx: RouteArgs & T) => Response | Promise<Response>;

/** A route resolver that first finds T (or answers the refusal), then hands it to `handle`. */
const resolving =
  <T>(find: (db: Db, params: Params) => Found<T>) =>
  (db: Db, handle: Handle<T>): Resolver =>
  (args) => {
    const found = find(db, args.params);
    return found.ok ? handle({ ...args, ...found }) : found.response;
  };

export function findOrgBySlug(db: Db, slug: string): Found<{ org: Org }> {
  const org = db.world.orgs.values().find((o) => o.slug === slug);
  return org ? { ok: true, org } : { ok: false, response: notFound(`Organization "${slug}"`) };
}

/** The signed-in user and the org named by `:org` (401, 404). */
export function findOrg(db: Db, params: Params): Found<{ actor: Actor; user: User; org: Org }> {
  const auth = requireUser(db);
  if (!auth.ok) return auth;
  const found = findOrgBySlug(db, param(params, 'org'));
  if (!found.ok) return found;
  return { ok: true, actor: auth.actor, user: auth.user, org: found.org };
}

/** As findOrg, and the user may read the org (403 with the engine's reasons for people outside it). */
export function readableOrg(db: Db, params: Params): Found<{ actor: Actor; org: Org }> {
  const found = findOrg(db, params);
  if (!found.ok) return found;
  const read = decide(db.world, found.actor, 'organization:read', { kind: 'org', orgId: found.org.id });
  if (!read.allowed) return { ok: false, response: refuse(read) };
  return { ok: true, actor: found.actor, org: found.org };
}

/** As findOrg, and the org member `:userId` names (404 for anyone outside the org). */
export function findMember(db: Db, params: Params): Found<{ actor: Actor; org: Org; target: OrgMember }> {
  const found = findOrg(db, params);
  if (!found.ok) return found;
  // A person in several orgs is this org's member only as this org sees them (its role and seats).
  const target = memberOf(db.world, param(params, 'userId'), found.org.id);
  if (!target) return { ok: false, response: notFound('That member') };
  return { ok: true, actor: found.actor, org: found.org, target };
}

/** The team by name, if the signed-in user may see it at all (hidden teams are 404, not 403). */
export function findVisibleTeam(db: Db, name: string): Found<{ actor: Actor; user: User; team: Team }> {
  const auth = requireUser(db);
  if (!auth.ok) return auth;
  const team = db.world.teams.values().find((t) => t.name === name);
  if (!team || !visibleTeams(db.world, auth.actor, team.orgId).some((t) => t.id === team.id)) {
    return { ok: false, response: notFound(`Team "${name}"`) };
  }
  return { ok: true, team, actor: auth.actor, user: auth.user };
}

/**
 * /:team/:project for the acting person (signed in or not). A project they may neither read nor manage
 * is a 404, so Restricted projects and hidden teams never leak by name; outsiders reach Open and
 * Public projects through the engine's "anyone" rules.
 */
export function findProject(
  db: Db,
  teamName: string,
  projectName: string,
): Found<{ actor: Actor; team: Team; project: Project }> {
  const actor = actorOf(db);
  const world = db.world;
  const team = world.teams.values().find((t) => t.name === teamName);
  const project = team
    ? world.projects.values().find((p) => p.teamId === team.id && p.name === projectName)
    : undefined;
  const resource = { kind: 'project', projectId: project?.id ?? '' } as const;
  const visible =
    project !== undefined &&
    (allows(world, actor, 'project:read', resource) ||
      allows(world, actor, 'project:manage_users', resource));
  if (!team || !project || !visible)
    return { ok: false, response: notFound(`Project "${teamName}/${projectName}"`) };
  return { ok: true, team, project, actor };
}

export const withOrg = resolving(findOrg);
export const withReadableOrg = resolving(readableOrg);
export const withMember = resolving(findMember);
export const withTeam = resolving((db, params) => findVisibleTeam(db, param(params, 'team')));
export const withProject = resolving((db, params) =>
  findProject(db, param(params, 'team'), param(params, 'project')),
);
