// @vitest-environment jsdom
// Reset demo data forgets only the demo's own state: its localStorage keys, its IndexedDB databases and
// the mock backend's service worker.
import { describe, expect, it, vi } from 'vitest';
import { resetDemoData } from './reset-demo-data';

function fakeIndexedDB(names: string[], { letsGoAfterMs = null as number | null } = {}) {
  const deleted: string[] = [];
  const factory = {
    databases: () => Promise.resolve(names.map((name) => ({ name, version: 1 }))),
    deleteDatabase: (name: string) => {
      const request: { onsuccess?: () => void; onerror?: () => void; onblocked?: () => void } = {};
      // Like the real thing: the outcome arrives after the call returns. One is blocked by another tab.
      setTimeout(() => {
        deleted.push(name);
        if (!name.endsWith('-busy')) return request.onsuccess?.();
        request.onblocked?.();
        // The holder (the backend's worker) closes it on versionchange: then the deletion succeeds.
        if (letsGoAfterMs !== null) setTimeout(() => request.onsuccess?.(), letsGoAfterMs);
      });
      return request;
    },
  };
  return { factory: factory as unknown as IDBFactory, deleted };
}

function fakeServiceWorker(scripts: string[]) {
  const registrations = scripts.map((scriptURL) => ({
    active: { scriptURL },
    waiting: null,
    installing: null,
    unregister: vi.fn(() => Promise.resolve(true)),
  }));
  const container = { getRegistrations: () => Promise.resolve(registrations) };
  return { container: container as unknown as ServiceWorkerContainer, registrations };
}

describe('resetDemoData', () => {
  it('clears the demo state everywhere it lives, and nothing else', async () => {
    localStorage.setItem('access-console:v3', '{}');
    localStorage.setItem('access-console:v4', '{}');
    localStorage.setItem('another-app', 'keep');
    const idb = fakeIndexedDB(['access-console', 'access-console-backend-busy', 'another-db']);
    const sw = fakeServiceWorker(['http://localhost/mockServiceWorker.js', 'http://localhost/other-sw.js']);

    await resetDemoData({ storage: localStorage, indexedDB: idb.factory, serviceWorker: sw.container }, 10);

    expect(Object.keys(localStorage)).toEqual(['another-app']);
    expect(idb.deleted.sort()).toEqual(['access-console', 'access-console-backend-busy']);
    expect(sw.registrations.map((r) => r.unregister.mock.calls.length)).toEqual([1, 0]);
  });

  it('waits for a blocked deletion until the holder lets go, and no longer than its cap', async () => {
    vi.useFakeTimers();
    try {
      const released = fakeIndexedDB(['access-console-busy'], { letsGoAfterMs: 200 });
      let done = false;
      void resetDemoData(
        { storage: undefined, indexedDB: released.factory, serviceWorker: undefined },
        3000,
      ).then(() => (done = true));
      await vi.advanceTimersByTimeAsync(150);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(100);
      expect(done).toBe(true);

      const held = fakeIndexedDB(['access-console-busy']);
      done = false;
      void resetDemoData(
        { storage: undefined, indexedDB: held.factory, serviceWorker: undefined },
        3000,
      ).then(() => (done = true));
      await vi.advanceTimersByTimeAsync(2900);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(200);
      expect(done).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks a running backend to let go first, and waits for it (or a moment, when none runs)', async () => {
    const order: string[] = [];
    const channel = (answers: boolean) => (name: string) => {
      const fake = {
        onmessage: null as ((event: MessageEvent<unknown>) => void) | null,
        postMessage: (data: unknown) => {
          order.push(`${name}: ${String(data)}`);
          if (answers) setTimeout(() => fake.onmessage?.({ data: 'released' } as MessageEvent<unknown>), 5);
        },
        close: () => order.push('closed'),
      };
      return fake as unknown as BroadcastChannel;
    };
    const idb = fakeIndexedDB(['access-console']);
    const deleting = idb.factory.deleteDatabase.bind(idb.factory);
    idb.factory.deleteDatabase = (name: string) => {
      order.push(`delete ${name}`);
      return deleting(name);
    };
    await resetDemoData({
      storage: undefined,
      indexedDB: idb.factory,
      serviceWorker: undefined,
      channel: channel(true),
    });
    expect(order).toEqual(['access-console-reset: reset', 'closed', 'delete access-console']);

    vi.useFakeTimers();
    try {
      order.length = 0;
      let done = false;
      void resetDemoData({
        storage: undefined,
        indexedDB: undefined,
        serviceWorker: undefined,
        channel: channel(false),
      }).then(() => (done = true));
      await vi.advanceTimersByTimeAsync(400);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(200);
      expect(done).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('works where a place does not exist (no IndexedDB listing, no service workers)', async () => {
    localStorage.setItem('access-console:v4', '{}');
    await resetDemoData({ storage: localStorage, indexedDB: undefined, serviceWorker: undefined });
    expect(localStorage.getItem('access-console:v4')).toBeNull();
  });
});
