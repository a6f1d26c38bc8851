// The entry point handlers use: the demo state (db-core.ts) wired to the engine's apply().
import { apply, check, refusalText } from '../engine/index';
import { openDb, type CreateDbOptions, type Db } from './db-core';

export { Db, type AppliedObserver, type AppliedStep, type CreateDbOptions } from './db-core';
export type { AuditEntry } from './stored-state';

/** Loads the stored demo state (re-checking and replaying its log with the engine) or seeds a fresh one. */
export function createDb(options: CreateDbOptions): Db {
  return openDb({
    ...options,
    apply,
    recheck: (world, actor, op) => {
      const verdict = check(world, actor, op);
      return verdict.allowed ? null : refusalText(verdict);
    },
  });
}
