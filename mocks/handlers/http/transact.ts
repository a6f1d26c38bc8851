// The one path for every change a request makes: the engine's transaction() checks and applies each
// operation once; a refusal is answered with the engine's reasons, else the Db commits the worlds it
// produced (one audit entry per operation) and the handler answers from the same result.
import type { AuditEntry, Db } from '../../db/db';
import { transaction, type Actor, type Operation, type World } from '../../engine/index';
import { refuse } from './respond';

export type Transacted =
  { ok: true; before: World; after: World; entries: AuditEntry[] } | { ok: false; response: Response };

export function transact(db: Db, actor: Actor, ops: Operation | readonly Operation[]): Transacted {
  const planned = transaction(db.world, actor, ([] as readonly Operation[]).concat(ops));
  if (!planned.ok) return { ok: false, response: refuse(planned.refused) };
  const entries = db.commitApplied(actor, planned.steps, { viewAs: viewingAs(db) });
  return { ok: true, before: planned.before, after: planned.after, entries };
}

/**
 * Recorded as acting-as when the change was made while viewing as someone other than the scenario's
 * default admin (the demo operator's own identity).
 */
export const viewingAs = (db: Db): boolean => db.session.actingUserId !== db.defaultActorId;
