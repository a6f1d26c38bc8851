// Several operations as one change (e.g. claim a domain and pick its default team): each is checked
// against the world the previous ones would leave, and nothing is committed unless all pass.
import type { Db } from '../db/db';
import { apply, check, type Actor, type Operation } from '../engine/index';
import { refuse } from './respond';

export function performAll(
  db: Db,
  actor: Actor,
  ops: Operation[],
): { ok: true } | { ok: false; response: Response } {
  let world = db.world;
  for (const op of ops) {
    const verdict = check(world, actor, op);
    if (!verdict.allowed) return { ok: false, response: refuse(verdict) };
    world = apply(world, actor, op);
  }
  const viewAs = db.session.actingUserId !== db.defaultActorId;
  for (const op of ops) db.commit(actor, op, { viewAs });
  return { ok: true };
}
