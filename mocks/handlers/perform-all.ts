// Several operations as one change (e.g. claim a domain and pick its default team): each is checked
// against the world the previous ones would leave, and nothing is committed unless all pass.
import type { Db } from '../db/db';
import { apply, check, type Actor, type Decision, type Operation, type World } from '../engine/index';
import { refuse } from './respond';

/** Checks ops one after another, each against the world the previous ones would leave. */
export function planAll(
  world: World,
  actor: Actor,
  ops: Operation[],
): { ok: true } | { ok: false; refused: Decision } {
  let current = world;
  for (const op of ops) {
    const verdict = check(current, actor, op);
    if (!verdict.allowed) return { ok: false, refused: verdict };
    current = apply(current, actor, op);
  }
  return { ok: true };
}

export function performAll(
  db: Db,
  actor: Actor,
  ops: Operation[],
): { ok: true } | { ok: false; response: Response } {
  const plan = planAll(db.world, actor, ops);
  if (!plan.ok) return { ok: false, response: refuse(plan.refused) };
  const viewAs = db.session.actingUserId !== db.defaultActorId;
  for (const op of ops) db.commit(actor, op, { viewAs });
  return { ok: true };
}
