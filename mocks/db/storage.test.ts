import { describe, expect, it } from 'vitest';
import { browserStorage, memoryStorage } from './storage';

/** A Storage double whose setItem fails like a full localStorage. */
function fullStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: () => {
      throw new DOMException('exceeded', 'QuotaExceededError');
    },
  };
}

describe('storage adapters', () => {
  it('memoryStorage reads what it wrote and forgets removed keys', () => {
    const s = memoryStorage();
    expect(s.write('k', 'v')).toEqual({ ok: true });
    expect(s.read('k')).toBe('v');
    s.remove('k');
    expect(s.read('k')).toBeNull();
  });

  it('browserStorage reports a full storage instead of throwing', () => {
    const s = browserStorage(fullStorage());
    expect(s.write('k', 'v')).toEqual({
      ok: false,
      message: "Your browser's storage for this site is full.",
    });
    expect(s.read('k')).toBeNull();
  });

  it('browserStorage without any storage reads nothing and reports writes', () => {
    const s = browserStorage(undefined);
    expect(s.read('k')).toBeNull();
    expect(s.write('k', 'v').ok).toBe(false);
  });
});
