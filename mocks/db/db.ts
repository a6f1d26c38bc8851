// The entry point handlers use: the demo state (db-core.ts) wired to the engine's apply().
import { apply } from '../engine/index';
import { openDb, type CreateDbOptions, type Db } from './db-core';

export { Db, type CreateDbOptions } from './db-core';
export type { AuditEntry } from './stored-state';

/** Loads the stored demo state (replaying its log with the engine) or seeds a fresh scenario. */
export function createDb(options: CreateDbOptions): Db {
  return openDb({ ...options, apply });
}
