// Where the demo state lives: memory (tests, Node) or the browser's localStorage. A failed write
// (quota, private mode) is reported back, never thrown: the demo keeps working in memory.

export type StorageWriteResult = { ok: true } | { ok: false; message: string };

export interface StorageAdapter {
  read(key: string): string | null;
  /** Never throws; a failure comes back as `{ ok: false, message }`. */
  write(key: string, value: string): StorageWriteResult;
  remove(key: string): void;
}

export function memoryStorage(initial: Record<string, string> = {}): StorageAdapter {
  const data = new Map<string, string>(Object.entries(initial));
  return {
    read: (key) => data.get(key) ?? null,
    write: (key, value) => {
      data.set(key, value);
      return { ok: true };
    },
    remove: (key) => {
      data.delete(key);
    },
  };
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
  );
}

/** localStorage, or a given Storage (sessionStorage, a test double). */
export function browserStorage(storage: Storage | undefined = globalThis.localStorage): StorageAdapter {
  return {
    read: (key) => {
      try {
        return storage ? storage.getItem(key) : null;
      } catch {
        // Storage disabled by the browser: behave as if nothing was saved.
        return null;
      }
    },
    write: (key, value) => {
      if (!storage) return { ok: false, message: 'This browser does not offer local storage.' };
      try {
        storage.setItem(key, value);
        return { ok: true };
      } catch (error) {
        return {
          ok: false,
          message: isQuotaError(error)
            ? "Your browser's storage for this site is full."
            : `The browser refused to save the demo state (${error instanceof Error ? error.message : String(error)}).`,
        };
      }
    },
    remove: (key) => {
      try {
        storage?.removeItem(key);
      } catch {
        // Nothing to do: a value we cannot remove we also cannot read back.
      }
    },
  };
}
