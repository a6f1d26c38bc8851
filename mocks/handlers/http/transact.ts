// The one path for every change a request makes: the engine's transaction() checks and applies each
// operation once; a refusal is answered with the engine's reasons, else the Db commits the worlds it
// produced (one audit entry per operation) and the handler answers from the same result.
import type { AuditEntry, Db } from '../../db/db';
import { transaction, type Actor, type Operation, type World } from '../../engine/index';
import { refuse } from './respond';

export type Transacted =
  { ok: true; before: World; after: World; entries: AuditEntry[] } | { ok: false; response: Response };

export function transact(db: Db, actor: Actor, ops: Operation | readonly Operation[]): Transacted {
  const planned = plan(db, actor, ops);
  return planned.ok ? commitPlan(db, actor, planned) : planned;
}

/** A change checked and applied, not yet committed: for a handler that answers from the worlds first. */
export type Planned =
  | { ok: true; before: World; after: World; steps: Parameters<Db['commitApplied']>[1] }
  | { ok: false; response: Response };

export function plan(db: Db, actor: Actor, ops: Operation | readonly Operation[]): Planned {
  const planned = transaction(db.world, actor, ([] as readonly Operation[]).concat(ops));
  if (!planned.ok) return { ok: false, response: refuse(planned.refused) };
  return { ok: true, before: planned.before, after: planned.after, steps: planned.steps };
}

/** Commits a plan made on the current world (nothing committed since). */
export function commitPlan(
  db: Db,
  actor: Actor,
  planned: Extract<Planned, { ok: true }>,
): Extract<Transacted, { ok: true }> {
  const entries = db.commitApplied(actor, planned.steps, { viewAs: viewingAs(db) });
  return { ok: true, before: planned.before, after: planned.after, entries };
}

/**
 * Recorded as acting-as when the change was made while viewing as someone other than the person signed
 * in (on a shared server), else the scenario's default admin (the demo operator's own identity).
 */
export const viewingAs = (db: Db): boolean => {
  const { actingUserId, signedInUserId } = db.session;
  return actingUserId !== (signedInUserId === undefined ? db.defaultActorId : signedInUserId);
};
