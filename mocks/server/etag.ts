// Versions of rows (ADR 0027): an API path that names a row (a member, an invite, a role, a team, a
// service account, a project, a run, an org's settings) has an ETag, a hash of the rows it names as
// they are now. Answers on such a path carry it; a write with a stale If-Match is refused with 412, so
// two admins never overwrite each other's change unseen.
import { createHash } from 'node:crypto';
import type { World } from '../engine/index';

type Segments = readonly string[];

/** Sub-paths that are actions or lists, not rows. */
const NOT_ROWS = new Set(['bulk', 'export.csv', 'options', 'import', 'check', 'move']);

function orgRows(world: World, [slug, kind, id]: Segments): unknown[] | null {
  const org = world.orgs.values().find((o) => o.slug === slug);
  if (!org) return null;
  if (kind === 'settings') return [org];
  if (!id || NOT_ROWS.has(id)) return null;
  if (kind === 'users')
    return [world.users.get(id)?.orgs.find((m) => m.orgId === org.id) ?? null, world.users.get(id)?.name];
  if (kind === 'invites') return [world.invites.get(id) ?? null];
  if (kind === 'roles') return [world.customRoles.get(id) ?? null];
  return null;
}

function teamRows(world: World, [name, kind, id]: Segments): unknown[] | null {
  const team = world.teams.values().find((t) => t.name === name);
  if (!team) return null;
  if (kind === 'service-accounts' && id) return [world.serviceAccounts.get(id) ?? null];
  if (kind === undefined || kind === 'settings' || (kind === 'members' && id)) return [team];
  return null;
}

function projectRows(world: World, [teamName, name, kind, id]: Segments): unknown[] | null {
  const team = world.teams.values().find((t) => t.name === teamName);
  const project = team && world.projects.values().find((p) => p.teamId === team.id && p.name === name);
  if (!team || !project) return null;
  if (kind === 'runs' && id && !NOT_ROWS.has(id)) return [world.runs.get(id) ?? null];
  if (kind === undefined || (kind === 'users' && id)) return [project, team.members.get(id ?? '') ?? null];
  return null;
}

/** The rows an API path names, or null when it names none (a list, an action). */
function rowsOf(world: World, pathname: string): unknown[] | null {
  const [api, area, ...rest] = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (api !== 'api') return null;
  if (area === 'orgs') return orgRows(world, rest);
  if (area === 'teams') return teamRows(world, rest);
  if (area === 'projects') return projectRows(world, rest);
  return null;
}

/** The path's ETag now (a strong one), or null when the path names no row. */
export function etagOf(world: World, pathname: string): string | null {
  const rows = rowsOf(world, pathname);
  if (rows === null) return null;
  return `"${createHash('sha256').update(JSON.stringify(rows)).digest('base64url').slice(0, 22)}"`;
}

/** True when If-Match (if sent) names the path's current version: `*`, or one of its ETags. */
export function matchesIfMatch(ifMatch: string | null, current: string | null): boolean {
  if (ifMatch === null) return true;
  const wanted = ifMatch.split(',').map((t) => t.trim().replace(/^W\//, ''));
  if (wanted.includes('*')) return current !== null;
  return current !== null && wanted.includes(current);
}
