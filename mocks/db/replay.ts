// Rebuilds the current World from a scenario and the audit log: the stored state holds only the
// operations, and the engine's pure apply() turns them back into the same world on every load.
import type { Actor, World } from '../engine/index';
import type { Operation } from '../engine/index';
import type { AuditEntry } from './stored-state';

export type ApplyFn = (world: World, actor: Actor, op: Operation) => World;

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

export class ReplayError extends Error {
  constructor(
    readonly entry: AuditEntry,
    cause: unknown,
  ) {
    super(
      `Replaying audit entry #${entry.seq} (${entry.op.type}) failed: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
    this.name = 'ReplayError';
  }
}

/** Applies every entry in order; throws ReplayError naming the first entry that fails. */
export function replayLog(base: World, log: readonly AuditEntry[], apply: ApplyFn): World {
  let world = base;
  for (const entry of log) {
    try {
      world = apply(world, actorFromId(world, entry.actorId), entry.op);
    } catch (error) {
      throw new ReplayError(entry, error);
    }
  }
  return world;
}
