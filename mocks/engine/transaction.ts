// transaction(): the one way a change is made. Each operation is checked against the world the
// earlier ones leave and applied once; the steps (each op with its world before and after) are what
// the Db commits, the audit log describes and the response reads, so nothing is checked or applied
// again downstream.
import { apply, check, type Operation } from './ops/registry';
import type { Decision } from './decision';
import type { Actor, World } from './model';

/** One operation as applied: the engine's decision, the world it was checked against and the one it produced. */
export interface AppliedOperation {
  op: Operation;
  decision: Decision;
  before: World;
  after: World;
}

export type Transaction =
  | { ok: true; before: World; after: World; steps: AppliedOperation[] }
  | { ok: false; refused: Decision; op: Operation };

/**
 * Checks and applies `ops` in the order given (the caller's order is the valid one, e.g. an org role
 * before the seat it makes possible); the first refusal stops it and nothing is kept.
 */
export function transaction(world: World, actor: Actor, ops: readonly Operation[]): Transaction {
  const steps: AppliedOperation[] = [];
  let current = world;
  for (const op of ops) {
    const verdict = check(current, actor, op);
    if (!verdict.allowed) return { ok: false, refused: verdict, op };
    const after = apply(current, actor, op);
    steps.push({ op, decision: verdict, before: current, after });
    current = after;
  }
  return { ok: true, before: world, after: current, steps };
}
