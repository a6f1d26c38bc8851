// Rebuilds the current World from a scenario and the audit log: the stored state holds only the
// operations, and each is checked again by the engine and applied on every load. A stored entry the
// engine refuses now (a hand-edited log, or a rule that changed since) is dropped, not applied: the
// world never holds a change the engine would refuse, and the person is told which and why.
import type { Actor, World } from '../engine/index';
import type { Operation } from '../engine/index';
import type { AuditEntry } from './stored-state';
import { upgradeStoredOp } from './stored-upgrade';

export type ApplyFn = (world: World, actor: Actor, op: Operation) => World;
/** The engine's refusal of a stored change as one sentence, or null when it is allowed. */
export type RecheckFn = (world: World, actor: Actor, op: Operation) => string | null;

/** The audit log stores a principal id; which kind it is follows from the world at that moment. */
export function actorFromId(world: World, actorId: string | null): Actor {
  if (actorId === null) return { kind: 'anonymous' };
  if (world.serviceAccounts.get(actorId)) return { kind: 'service', serviceAccountId: actorId };
  return { kind: 'user', userId: actorId };
}

export function actorId(actor: Actor): string | null {
  switch (actor.kind) {
    case 'user':
      return actor.userId;
    case 'service':
      return actor.serviceAccountId;
    case 'anonymous':
      return null;
  }
}

export interface DroppedEntry {
  seq: number;
  /** null: the stored record could not be read at all. */
  entry: AuditEntry | null;
  reason: string;
}

/** One stored change applied on load: the worlds around it. */
export interface AppliedReplayStep<E extends AuditEntry = AuditEntry> {
  before: World;
  after: World;
  entry: E;
  actor: Actor;
}

export interface Replayed<E extends AuditEntry> {
  world: World;
  /** The entries applied, in order (the stored objects, or their upgraded copies). */
  kept: E[];
  dropped: DroppedEntry[];
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Checks and applies every entry in order; an entry refused or failing is dropped with its reason. */
export function replayLog<E extends AuditEntry>(
  base: World,
  log: readonly E[],
  apply: ApplyFn,
  recheck: RecheckFn = () => null,
  onApplied: (step: AppliedReplayStep<E>) => void = () => {},
): Replayed<E> {
  let world = base;
  const kept: E[] = [];
  const dropped: DroppedEntry[] = [];
  for (const stored of log) {
    const actor = actorFromId(world, stored.actorId);
    // A change stored by an earlier version is read as this version means it (stored-upgrade.ts).
    const op = upgradeStoredOp(world, stored.op);
    const entry = op === stored.op ? stored : { ...stored, op };
    try {
      const refusal = recheck(world, actor, entry.op);
      if (refusal !== null) {
        dropped.push({ seq: entry.seq, entry, reason: refusal });
        continue;
      }
      const after = apply(world, actor, entry.op);
      onApplied({ before: world, after, entry, actor });
      world = after;
      kept.push(entry);
    } catch (error) {
      dropped.push({ seq: entry.seq, entry, reason: `it could not be applied (${messageOf(error)})` });
    }
  }
  return { world, kept, dropped };
}
