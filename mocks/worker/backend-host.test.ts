// The shared backend's host over IndexedDB (fake-indexeddb in Node): a change is answered only once
// it is on disk, a new host over the same database sees it, and a state kept in localStorage by an
// earlier version is carried over once.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { openIdbStorage } from '../db/idb-storage';
import { STORAGE_KEY } from '../db/stored-state';
import { startHost } from './backend-host';
import type { WireRequest } from './protocol';

let n = 0;
const fresh = async () => {
  const name = `access-console-test-${++n}`;
  return Object.assign(await openIdbStorage(name), { name });
};
/** What a new connection to the same database reads. */
const reopened = async (storage: { name: string }) => (await openIdbStorage(storage.name)).read();
const request = (method: string, path: string, body?: unknown): WireRequest => ({
  method,
  url: `http://localhost/api${path}`,
  headers: body === undefined ? [] : [['content-type', 'application/json']],
  body: body === undefined ? null : JSON.stringify(body),
});

describe('the backend host', () => {
  it('answers a change once it is stored; a new host over the same database has it', async () => {
    const name = `access-console-test-${++n}`;
    const { host } = startHost(await openIdbStorage(name), { scenario: null, legacy: [] });
    const renamed = await host.handle(request('PUT', '/orgs/acme-ml/settings/name', { name: 'Acme Stored' }));
    expect(renamed.status).toBe(200);

    const again = startHost(await openIdbStorage(name), { scenario: null, legacy: [] });
    const session = await again.host.handle(request('GET', '/session'));
    expect(JSON.parse(session.body)).toMatchObject({ org: { name: 'Acme Stored' } });
  });

  it('carries a localStorage state over once, and only into an empty store', async () => {
    const storage = await fresh();
    const seeded = startHost(storage, { scenario: 'startup', legacy: [] });
    expect(seeded.migrated).toBe(false);
    await storage.flush();
    // The whole state as version 1 kept it in localStorage.
    const stored = JSON.stringify({ ...((await reopened(storage)).meta as object), version: 1, log: [] });

    const other = await fresh();
    const carried = startHost(other, { scenario: null, legacy: [[STORAGE_KEY, stored]] });
    expect(carried.migrated).toBe(true);
    const session = JSON.parse((await carried.host.handle(request('GET', '/session'))).body) as {
      scenario: { name: string };
    };
    expect(session.scenario.name).toBe('startup');
    // A store that has a state keeps it: the old copy is not applied again.
    await other.flush();
    const again = await openIdbStorage(other.name);
    expect(startHost(again, { scenario: null, legacy: [[STORAGE_KEY, 'not json']] }).migrated).toBe(false);
  });

  it('carries over the whole state version 1 kept in IndexedDB, and stores it as records', async () => {
    const name = `access-console-test-${++n}`;
    const source = startHost(await openIdbStorage(`${name}-source`), { scenario: null, legacy: [] });
    await source.host.handle(request('PUT', '/orgs/acme-ml/settings/name', { name: 'Acme Old' }));
    const meta = (await openIdbStorage(`${name}-source`)).read();
    const log = [...meta.changes.values()];
    // A database as version 1 left it: one JSON string under access-console:v1 in the store kv.
    const old = await openDB(name, 1, { upgrade: (db) => void db.createObjectStore('kv') });
    await old.put('kv', JSON.stringify({ ...(meta.meta as object), version: 1, log }), STORAGE_KEY);
    old.close();

    const storage = await openIdbStorage(name);
    const { host } = startHost(storage, { scenario: null, legacy: [] });
    const session = await host.handle(request('GET', '/session'));
    expect(JSON.parse(session.body)).toMatchObject({ org: { name: 'Acme Old' }, loadProblem: null });
    await storage.flush();
    const records = (await openIdbStorage(name)).read();
    expect(records.legacy.size).toBe(0);
    // Every change of the old state, the demo's history (default-history.ts) and the rename.
    expect(records.changes.size).toBe(log.length);
    expect(log.length).toBeGreaterThan(1);
  });

  it('switches scenario when a tab asks for another one, builds only that one', async () => {
    const { host } = startHost(await fresh(), { scenario: 'startup', legacy: [] });
    host.useScenario('dedicated');
    const session = JSON.parse((await host.handle(request('GET', '/session'))).body) as {
      scenario: { name: string };
    };
    expect(session.scenario.name).toBe('dedicated');
    host.useScenario('no-such-scenario');
    expect(JSON.parse((await host.handle(request('GET', '/session'))).body)).toMatchObject({
      scenario: { name: 'dedicated' },
    });
  });

  it('tells a storage failure that shows only when the write reaches IndexedDB', async () => {
    const storage = await fresh();
    const { host } = startHost(
      { ...storage, flush: () => Promise.resolve({ ok: false, message: 'The disk is full.' }) },
      { scenario: null, legacy: [] },
    );
    await host.handle(request('PUT', '/orgs/acme-ml/settings/name', { name: 'Acme Full' }));
    const session = JSON.parse((await host.handle(request('GET', '/session'))).body) as {
      loadProblem: { kind: string; message: string } | null;
    };
    expect(session.loadProblem).toMatchObject({
      kind: 'quota',
      message: expect.stringMatching(/The disk is full/),
    });
  });
});
