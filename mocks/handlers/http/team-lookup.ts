// Finds a team by name for the acting user: a team they may not see at all is a 404, not a 403.
import type { Db } from '../../db/db';
import { visibleTeams, type Actor, type Seat, type Team, type World } from '../../engine/index';
import { notFound } from './respond';
import { requireUser } from './session-actor';

type Found = { ok: true; team: Team; actor: Actor } | { ok: false; response: Response };

/** The team by name, if the acting user may see it at all (hidden teams are 404, not 403). */
export function findVisibleTeam(db: Db, name: string): Found {
  const auth = requireUser(db);
  if (!auth.ok) return auth;
  const team = db.world.teams.values().find((t) => t.name === name);
  if (!team || !visibleTeams(db.world, auth.actor, team.orgId).some((t) => t.id === team.id)) {
    return { ok: false, response: notFound(`Team "${name}"`) };
  }
  return { ok: true, team, actor: auth.actor };
}

/** A team member (user or service account) as the team pages show them, whatever else each page adds. */
export function memberIdentity(
  world: World,
  id: string,
): {
  id: string;
  kind: 'user' | 'service';
  name: string;
  username: string | null;
  modelsSeat: Seat | null;
  weaveAccess: Seat | null;
} {
  const user = world.users.get(id);
  const account = world.serviceAccounts.get(id);
  return {
    id,
    kind: user ? 'user' : 'service',
    name: user?.name ?? account?.name ?? id,
    username: user?.username ?? null,
    modelsSeat: user?.modelsSeat ?? null,
    weaveAccess: user?.weaveAccess ?? null,
  };
}
