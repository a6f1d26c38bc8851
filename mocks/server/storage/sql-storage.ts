// The demo's change log in a SQL database (ADR 0027), beside idb-storage.ts: the same records (meta,
// one row per change, the newest checkpoints), read once when opened. The Db writes synchronously while
// a request is answered; the writes are held and flush() commits them in one transaction, so a request
// is on disk whole or not at all, and the server answers a change only after its commit.
import { CHECKPOINTS_KEPT } from '../../db/checkpoint';
import type { LogStorage, StorageWriteResult, StoredRecords } from '../../db/storage';

/** One held write, in the order the Db made them. */
export type SqlWrite =
  | { kind: 'meta'; value: string }
  | { kind: 'change'; seq: number; value: string }
  | { kind: 'deleteChanges'; seqs: readonly number[] }
  | { kind: 'checkpoint'; index: number; value: string }
  | { kind: 'deleteCheckpoints'; indexes: readonly number[] }
  | { kind: 'restart'; meta: string }
  | { kind: 'session'; key: string; value: string | null };

/** What a database offers this storage: the rows as stored, and one transaction of writes. */
export interface SqlDriver {
  /** meta: the JSON text or null; changes by seq; the newest `checkpoints` checkpoints by index. */
  read(checkpoints: number): Promise<{
    meta: string | null;
    changes: [number, string][];
    checkpoints: [number, string][];
    /** Signed-in sessions by the hash of their token. */
    sessions: [string, string][];
  }>;
  commit(writes: readonly SqlWrite[]): Promise<void>;
  close(): Promise<void>;
}

export interface ServerStorage extends LogStorage {
  /** Sessions as stored when opened, by the hash of their token. */
  readonly sessions: ReadonlyMap<string, unknown>;
  /** A session kept (or, with null, ended) with the request's other writes. */
  putSession(key: string, session: unknown): void;
  /** Commits every write held so far in one transaction; a failure says why (nothing of it is stored). */
  flush(): Promise<StorageWriteResult>;
  close(): Promise<void>;
}

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text; // a damaged value: the Db reports it as such
  }
};

export async function openSqlStorage(driver: SqlDriver): Promise<ServerStorage> {
  const rows = await driver.read(CHECKPOINTS_KEPT);
  const records: StoredRecords = {
    meta: rows.meta === null ? null : parse(rows.meta),
    changes: new Map(rows.changes.map(([seq, text]) => [seq, parse(text)])),
    checkpoints: new Map(rows.checkpoints.map(([index, text]) => [index, parse(text)])),
    legacy: new Map(),
  };
  let held: SqlWrite[] = [];
  const ok: StorageWriteResult = { ok: true };
  const hold = (write: SqlWrite): StorageWriteResult => {
    held.push(write);
    return ok;
  };
  return {
    sessions: new Map(rows.sessions.map(([key, text]) => [key, parse(text)])),
    putSession: (key, session) =>
      void hold({ kind: 'session', key, value: session === null ? null : JSON.stringify(session) }),
    read: () => records,
    putMeta: (meta) => hold({ kind: 'meta', value: JSON.stringify(meta) }),
    putChange: (seq, record) => hold({ kind: 'change', seq, value: JSON.stringify(record) }),
    deleteChanges: (seqs) => void hold({ kind: 'deleteChanges', seqs: [...seqs] }),
    putCheckpoint: (index, checkpoint) =>
      hold({ kind: 'checkpoint', index, value: JSON.stringify(checkpoint) }),
    deleteCheckpoints: (indexes) => void hold({ kind: 'deleteCheckpoints', indexes: [...indexes] }),
    restart: (meta) => hold({ kind: 'restart', meta: JSON.stringify(meta) }),
    removeLegacy: () => undefined,
    flush: async () => {
      if (held.length === 0) return ok;
      const writes = held;
      held = [];
      try {
        await driver.commit(writes);
        return ok;
      } catch (error) {
        return {
          ok: false,
          message: `The database refused the change (${error instanceof Error ? error.message : String(error)}).`,
        };
      }
    },
    close: () => driver.close(),
  };
}
