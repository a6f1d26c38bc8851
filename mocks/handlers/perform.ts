// The one path for every change: ask the engine, answer its refusal, or commit and log the change.
import type { AuditEntry, Db } from '../db/db';
import { check, type Actor, type Decision, type Operation } from '../engine/index';
import type { Decision as ApiDecision } from '../../src/api/common';
import { refuse } from './respond';

export type Performed = { ok: true; entry: AuditEntry } | { ok: false; response: Response };

export function perform(db: Db, actor: Actor, op: Operation): Performed {
  const verdict = check(db.world, actor, op);
  if (!verdict.allowed) return { ok: false, response: refuse(verdict) };
  // Recorded as acting-as when the change was made while viewing as someone other than the scenario's
  // default admin (the demo operator's own identity).
  const viewAs = db.session.actingUserId !== db.defaultActorId;
  return { ok: true, entry: db.commit(actor, op, { viewAs }) };
}

/** The engine's decision as the API sends it (what the viewer may do, with reasons). */
export function toApiDecision(decision: Decision): ApiDecision {
  return { allowed: decision.allowed, reasons: decision.reasons };
}

/** A fresh id for something the request creates (the engine never invents ids). */
export function newId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}
