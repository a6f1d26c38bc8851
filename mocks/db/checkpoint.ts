// A checkpoint: the world after the first `index` entries of the log, stored every CHECKPOINT_EVERY
// changes so a load replays at most that many changes instead of the whole log from the seed. Stored
// as each table's [id, row] pairs (a Table's rows are private; the pairs are plain data IndexedDB can
// keep). Only the last two are kept: a world of the large scenario is ~9 MB, and the audit log needs
// only the recent ones for the page it shows first.
import { WorldMaps, type TableName, type World } from '../engine/index';
import { STATE_VERSION } from './stored-state';

export const CHECKPOINT_EVERY = 128;
export const CHECKPOINTS_KEPT = 2;

type Tables = Record<TableName, (readonly [string, unknown])[]>;

export interface StoredCheckpoint {
  version: number;
  /** How many entries of the log the world includes. */
  index: number;
  /** The seq of the last of them (0 for none): the log it was made from must still end there. */
  lastSeq: number;
  tables: Tables;
}

/** Every table, by name: a Record so the compiler flags this list when the world gains a table. */
const TABLES: Record<TableName, true> = {
  orgs: true,
  users: true,
  invites: true,
  teams: true,
  serviceAccounts: true,
  customRoles: true,
  projects: true,
  runs: true,
  reports: true,
  artifacts: true,
};
const TABLE_NAMES = Object.keys(TABLES) as TableName[];

export function toCheckpoint(world: World, index: number, lastSeq: number): StoredCheckpoint {
  const tables = Object.fromEntries(TABLE_NAMES.map((name) => [name, world[name].entries()])) as Tables;
  return { version: STATE_VERSION, index, lastSeq, tables };
}

const isPair = (value: unknown): value is readonly [string, object] =>
  Array.isArray(value) &&
  value.length === 2 &&
  typeof value[0] === 'string' &&
  typeof value[1] === 'object' &&
  value[1] !== null;

/**
 * The world of a stored checkpoint made at `index` after `lastSeq`, or null when it is damaged, from
 * another version or not of that log. Rows are not checked one by one: the Db checks the world's
 * invariants before serving it.
 */
export function fromCheckpoint(value: unknown, index: number, lastSeq: number): World | null {
  if (typeof value !== 'object' || value === null) return null;
  const stored = value as Partial<StoredCheckpoint>;
  if (stored.version !== STATE_VERSION || stored.index !== index || stored.lastSeq !== lastSeq) return null;
  const tables: unknown = stored.tables;
  if (typeof tables !== 'object' || tables === null) return null;
  const maps = new WorldMaps();
  for (const name of TABLE_NAMES) {
    const rows: unknown = (tables as Record<string, unknown>)[name];
    if (!Array.isArray(rows) || !rows.every(isPair)) return null;
    for (const [id, row] of rows) maps.put(name, id, row as never);
  }
  return maps.build();
}
