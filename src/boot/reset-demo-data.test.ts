// @vitest-environment jsdom
// Reset demo data forgets only the demo's own state: its localStorage keys, its IndexedDB databases and
// the mock backend's service worker.
import { describe, expect, it, vi } from 'vitest';
import { resetDemoData } from './reset-demo-data';

function fakeIndexedDB(names: string[]) {
  const deleted: string[] = [];
  const factory = {
    databases: () => Promise.resolve(names.map((name) => ({ name, version: 1 }))),
    deleteDatabase: (name: string) => {
      const request: { onsuccess?: () => void; onerror?: () => void; onblocked?: () => void } = {};
      // Like the real thing: the outcome arrives after the call returns. One is blocked by another tab.
      setTimeout(() => {
        deleted.push(name);
        if (name.endsWith('-busy')) request.onblocked?.();
        else request.onsuccess?.();
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

    await resetDemoData({ storage: localStorage, indexedDB: idb.factory, serviceWorker: sw.container });

    expect(Object.keys(localStorage)).toEqual(['another-app']);
    expect(idb.deleted.sort()).toEqual(['access-console', 'access-console-backend-busy']);
    expect(sw.registrations.map((r) => r.unregister.mock.calls.length)).toEqual([1, 0]);
  });

  it('works where a place does not exist (no IndexedDB listing, no service workers)', async () => {
    localStorage.setItem('access-console:v4', '{}');
    await resetDemoData({ storage: localStorage, indexedDB: undefined, serviceWorker: undefined });
    expect(localStorage.getItem('access-console:v4')).toBeNull();
  });
});
