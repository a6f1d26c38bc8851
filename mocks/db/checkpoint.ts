// A checkpoint: the world after the first `index` entries of the log, stored every CHECKPOINT_EVERY
// changes so a load replays at most that many changes instead of the whole log from the seed. Stored
// as each table's [id, row] pairs, a table inside a row (a team's members) as its pairs too: a Table's
// rows are private fields, which IndexedDB's structured clone would lose; the pairs are plain data. Only the last two are kept: a world of the large scenario is ~9 MB, and the audit log needs
// only the recent ones for the page it shows first.
import { Table, WorldMaps, type TableName, type World, type WorldRows } from '../engine/index';
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
  sweeps: true,
};
const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** How a Table inside a row is stored. */
const NESTED = '$table';

function storedRow(row: object): object {
  if (!Object.values(row).some((v) => v instanceof Table)) return row;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row))
    out[key] = value instanceof Table ? { [NESTED]: value.entries() } : value;
  return out;
}

function rowFromStored(row: object): object {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    const nested: unknown =
      typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[NESTED] : undefined;
    out[key] = Array.isArray(nested) && nested.every(isEntry) ? Table.of(nested) : value;
  }
  return out;
}

export function toCheckpoint(world: World, index: number, lastSeq: number): StoredCheckpoint {
  const tables = Object.fromEntries(
    TABLE_NAMES.map((name) => [
      name,
      world[name].entries().map(([id, row]) => [id, storedRow(row)] as const),
    ]),
  ) as Tables;
  return { version: STATE_VERSION, index, lastSeq, tables };
}

const isEntry = (value: unknown): value is readonly [string, unknown] =>
  Array.isArray(value) && value.length === 2 && typeof value[0] === 'string';

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
    for (const [id, row] of rows) maps.put(name, id, rowFromStored(row) as WorldRows[TableName]);
  }
  return maps.build();
}
