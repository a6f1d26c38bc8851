// The demo state in IndexedDB (through idb), for the backend in the SharedWorker or the leader tab. The
// stored records (storage.ts) are read once when opened (the Db reads synchronously, at load); each
// write is issued at once as its own transaction, which IndexedDB runs in the order they were made.
// A change is one put of its record, never the whole state. flush() resolves when every write so far
// is on disk (durability "strict"): the backend answers a change only then, so an acknowledged change
// survives a closed tab. Checkpoints are written "relaxed": the log alone can rebuild them.
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { CHECKPOINTS_KEPT } from './checkpoint';
import type { LogStorage, StorageWriteResult, StoredRecords } from './storage';

/** The demo's database: reset-demo-data.ts deletes every database whose name starts "access-console". */
export const DEMO_DATABASE = 'access-console-demo';
/** Version 1 kept the whole state as one JSON string in `kv`; version 2 keeps records. */
const VERSION = 2;
const LEGACY = 'kv';
const META = 'meta';
const CHANGES = 'changes';
const CHECKPOINTS = 'checkpoints';
const META_KEY = 'state';

export interface DurableStorage extends LogStorage {
  /** Resolves when every write so far has reached IndexedDB, or with the first failure since the last flush. */
  flush(): Promise<StorageWriteResult>;
  /** Called when another page deletes or upgrades the database: this copy must not be used again. */
  onLost(listener: () => void): void;
}

function failureText(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return "Your browser's storage for this site is full.";
  return `The browser refused to save the demo state (${error instanceof Error ? error.message : String(error)}).`;
}

async function readRecords(database: IDBPDatabase): Promise<StoredRecords> {
  const tx = database.transaction([LEGACY, META, CHANGES, CHECKPOINTS], 'readonly');
  const [meta, changeKeys, changeValues, checkpointKeys, legacyKeys, legacyValues] = await Promise.all([
    tx.objectStore(META).get(META_KEY),
    tx.objectStore(CHANGES).getAllKeys(),
    tx.objectStore(CHANGES).getAll(),
    tx.objectStore(CHECKPOINTS).getAllKeys(),
    tx.objectStore(LEGACY).getAllKeys(),
    tx.objectStore(LEGACY).getAll(),
  ]);
  // Only the newest checkpoints are read: a load uses the newest one that still matches the log.
  const newest = checkpointKeys.filter((k): k is number => typeof k === 'number').slice(-CHECKPOINTS_KEPT);
  const checkpointValues = await Promise.all(newest.map((k) => tx.objectStore(CHECKPOINTS).get(k)));
  await tx.done;
  const changes = new Map<number, unknown>();
  changeKeys.forEach((key, i) => {
    if (typeof key === 'number') changes.set(key, changeValues[i]);
  });
  const legacy = new Map<string, string>();
  legacyKeys.forEach((key, i) => {
    const value: unknown = legacyValues[i];
    if (typeof key === 'string' && typeof value === 'string') legacy.set(key, value);
  });
  return {
    meta: meta ?? null,
    changes,
    checkpoints: new Map(newest.map((k, i) => [k, checkpointValues[i]])),
    legacy,
  };
}

export async function openIdbStorage(name: string = DEMO_DATABASE): Promise<DurableStorage> {
  const lostListeners: (() => void)[] = [];
  const database: IDBPDatabase = await openDB(name, VERSION, {
    upgrade: (db, oldVersion) => {
      if (oldVersion < 1) db.createObjectStore(LEGACY);
      // The whole state of version 1 stays in `kv` until the Db has carried it over (then removed).
      db.createObjectStore(META);
      db.createObjectStore(CHANGES);
      db.createObjectStore(CHECKPOINTS);
    },
    // Reset demo data (or a newer version) wants the database: let go, and say this copy is gone.
    blocking: () => {
      database.close();
      for (const listener of lostListeners) listener();
    },
  });
  const records = await readRecords(database);

  const pending = new Set<Promise<void>>();
  let failure: string | null = null;
  /** Starts a write now (IndexedDB keeps the order) and remembers it for flush(). */
  const write = (stores: string[], durability: IDBTransactionDurability, work: (tx: Tx) => unknown) => {
    const done = (async () => {
      const tx = database.transaction(stores, 'readwrite', { durability });
      await Promise.all([work(tx), tx.done]);
    })().catch((error: unknown) => {
      failure ??= failureText(error);
    });
    pending.add(done);
    void done.then(() => pending.delete(done));
    return { ok: true } as const;
  };
  return {
    read: () => records,
    putMeta: (meta) => write([META], 'strict', (tx) => tx.objectStore(META).put(meta, META_KEY)),
    putChange: (seq, record) => write([CHANGES], 'strict', (tx) => tx.objectStore(CHANGES).put(record, seq)),
    deleteChanges: (seqs) =>
      void write([CHANGES], 'strict', (tx) => seqs.map((seq) => tx.objectStore(CHANGES).delete(seq))),
    putCheckpoint: (index, checkpoint) =>
      write([CHECKPOINTS], 'relaxed', (tx) => tx.objectStore(CHECKPOINTS).put(checkpoint, index)),
    deleteCheckpoints: (indexes) =>
      void write([CHECKPOINTS], 'relaxed', (tx) => indexes.map((i) => tx.objectStore(CHECKPOINTS).delete(i))),
    restart: (meta) =>
      write([META, CHANGES, CHECKPOINTS], 'strict', (tx) =>
        Promise.all([
          tx.objectStore(CHANGES).clear(),
          tx.objectStore(CHECKPOINTS).clear(),
          tx.objectStore(META).put(meta, META_KEY),
        ]),
      ),
    removeLegacy: (key) => void write([LEGACY], 'strict', (tx) => tx.objectStore(LEGACY).delete(key)),
    flush: async () => {
      while (pending.size > 0) await Promise.all(pending);
      const result: StorageWriteResult = failure ? { ok: false, message: failure } : { ok: true };
      failure = null;
      return result;
    },
    onLost: (listener) => {
      lostListeners.push(listener);
    },
  };
}

type Tx = IDBPTransaction<unknown, string[], 'readwrite'>;
