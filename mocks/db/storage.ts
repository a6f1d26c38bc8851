// Where the demo state lives, as records: the state's settings (meta), one record per change (the
// append-only log, by seq) and checkpoints (the world after every 128th change, by log length), plus
// whole-JSON states kept by earlier versions (read once, carried over, removed). IndexedDB in the
// browser (idb-storage.ts), memory in tests. A write never throws: a failure comes back as
// `{ ok: false, message }` (or from IndexedDB's flush), and the demo keeps working in memory.

export type StorageWriteResult = { ok: true } | { ok: false; message: string };

/** Everything stored, as read: the Db validates each value itself (any of them may be damaged). */
export interface StoredRecords {
  meta: unknown;
  /** Change records by seq, in seq order. */
  changes: ReadonlyMap<number, unknown>;
  /** Checkpoints by the number of log entries they include, in order. */
  checkpoints: ReadonlyMap<number, unknown>;
  /** Whole-JSON states of earlier versions by key (`access-console:v1`, …). */
  legacy: ReadonlyMap<string, string>;
}

export interface LogStorage {
  read(): StoredRecords;
  putMeta(meta: unknown): StorageWriteResult;
  /** One change, appended: the log is never rewritten. */
  putChange(seq: number, record: unknown): StorageWriteResult;
  deleteChanges(seqs: readonly number[]): void;
  putCheckpoint(index: number, checkpoint: unknown): StorageWriteResult;
  deleteCheckpoints(indexes: readonly number[]): void;
  /** A fresh start (reset, another scenario): every change and checkpoint goes, this meta stays. */
  restart(meta: unknown): StorageWriteResult;
  removeLegacy(key: string): void;
}

export interface InitialRecords {
  meta?: unknown;
  changes?: Iterable<readonly [number, unknown]>;
  checkpoints?: Iterable<readonly [number, unknown]>;
  legacy?: Record<string, string>;
}

const sorted = <V>(map: Map<number, V>): Map<number, V> => new Map([...map].sort(([a], [b]) => a - b));

/**
 * Records kept in memory, copied when written as IndexedDB would (so a value it could not keep fails
 * here too, and nobody shares a stored object); read back as they are (the Db copies what it keeps).
 */
export function memoryStorage(initial: InitialRecords = {}): LogStorage {
  let meta: unknown = initial.meta === undefined ? null : structuredClone(initial.meta);
  const changes = new Map<number, unknown>(initial.changes);
  const checkpoints = new Map<number, unknown>(initial.checkpoints);
  const legacy = new Map(Object.entries(initial.legacy ?? {}));
  const ok: StorageWriteResult = { ok: true };
  return {
    read: () => ({
      meta: structuredClone(meta),
      changes: sorted(changes),
      checkpoints: sorted(checkpoints),
      legacy: new Map(legacy),
    }),
    putMeta: (value) => {
      meta = structuredClone(value);
      return ok;
    },
    putChange: (seq, record) => {
      changes.set(seq, structuredClone(record));
      return ok;
    },
    deleteChanges: (seqs) => seqs.forEach((seq) => changes.delete(seq)),
    putCheckpoint: (index, checkpoint) => {
      checkpoints.set(index, structuredClone(checkpoint));
      return ok;
    },
    deleteCheckpoints: (indexes) => indexes.forEach((index) => checkpoints.delete(index)),
    restart: (value) => {
      changes.clear();
      checkpoints.clear();
      meta = structuredClone(value);
      return ok;
    },
    removeLegacy: (key) => void legacy.delete(key),
  };
}
