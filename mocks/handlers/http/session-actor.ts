// The acting user is backend session state (as a sign-in would be), never read from a request body.
import type { Db } from '../../db/db';
import type { Actor, User } from '../../engine/model';
import { unauthenticated } from './respond';

export function actorOf(db: Db): Actor {
  const id = db.session.actingUserId;
  return id && db.world.users.get(id) ? { kind: 'user', userId: id } : { kind: 'anonymous' };
}

export function actingUser(db: Db): User | null {
  const id = db.session.actingUserId;
  return (id && db.world.users.get(id)) || null;
}

/** The signed-in user, or a 401 answer. */
export function requireUser(
  db: Db,
): { ok: true; user: User; actor: Actor } | { ok: false; response: Response } {
  const user = actingUser(db);
  // A shared server's session names who signed in (the demo's stored one never does).
  if (!user) return { ok: false, response: unauthenticated(db.session.signedInUserId !== undefined) };
  return { ok: true, user, actor: { kind: 'user', userId: user.id } };
}
