// The demo state in IndexedDB (through idb), for the backend in the SharedWorker, where localStorage
// does not exist. Reads come from a copy loaded once at start (the Db reads synchronously); each write
// goes to that copy at once and to IndexedDB in order, and flush() resolves when every write so far is
// on disk: the backend answers a change only then, so an acknowledged change survives a closed tab.
import { openDB, type IDBPDatabase } from 'idb';
import type { StorageAdapter, StorageWriteResult } from './storage';

/** The demo's database: reset-demo-data.ts deletes every database whose name starts "access-console". */
export const DEMO_DATABASE = 'access-console-demo';
const STORE = 'kv';

export interface DurableStorage extends StorageAdapter {
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

export async function openIdbStorage(name: string = DEMO_DATABASE): Promise<DurableStorage> {
  const lostListeners: (() => void)[] = [];
  const database: IDBPDatabase = await openDB(name, 1, {
    upgrade: (db) => {
      db.createObjectStore(STORE);
    },
    // Reset demo data (or a newer version) wants the database: let go, and say this copy is gone.
    blocking: () => {
      database.close();
      for (const listener of lostListeners) listener();
    },
  });
  const copy = new Map<string, string>();
  const tx = database.transaction(STORE, 'readonly');
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
  keys.forEach((key, i) => {
    const value: unknown = values[i];
    if (typeof key === 'string' && typeof value === 'string') copy.set(key, value);
  });

  let pending: Promise<void> = Promise.resolve();
  let failure: string | null = null;
  const enqueue = (work: () => Promise<unknown>) => {
    pending = pending.then(work).then(
      () => undefined,
      (error: unknown) => {
        failure ??= failureText(error);
      },
    );
  };
  return {
    read: (key) => copy.get(key) ?? null,
    write: (key, value): StorageWriteResult => {
      copy.set(key, value);
      enqueue(() => database.put(STORE, value, key));
      return { ok: true };
    },
    remove: (key) => {
      copy.delete(key);
      enqueue(() => database.delete(STORE, key));
    },
    flush: async () => {
      await pending;
      const result: StorageWriteResult = failure ? { ok: false, message: failure } : { ok: true };
      failure = null;
      return result;
    },
    onLost: (listener) => {
      lostListeners.push(listener);
    },
  };
}
