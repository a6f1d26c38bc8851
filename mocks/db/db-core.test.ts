// The persistence contract, with a stand-in apply() so it does not depend on the engine's rules
// (db.test.ts repeats the round trip with the real engine).
import { describe, expect, it } from 'vitest';
import type { Actor, World } from '../engine/index';
import type { Operation } from '../engine/index';
import { openDb, type CreateDbOptions } from './db-core';
import type { ApplyFn, RecheckFn } from './replay';
import { memoryStorage, type LogStorage } from './storage';
import { STATE_VERSION, STORAGE_KEY, storageKey, type AuditEntry, type StoredMeta } from './stored-state';

const BASE = '2026-11-01T12:00:00.000Z';
const NOW = '2026-11-02T09:30:00.000Z';
const ava: Actor = { kind: 'user', userId: 'user-achen' };

/** Understands org.rename only; anything else is refused, as a changed engine might. */
const fakeApply: ApplyFn = (world: World, _actor: Actor, op: Operation): World => {
  if (op.type !== 'org.rename') throw new Error(`cannot apply ${op.type}`);
  const org = world.orgs.get(op.orgId);
  if (!org) throw new Error('no such org');
  return { ...world, orgs: world.orgs.with(op.orgId, { ...org, name: op.name }) };
};

const open = (
  storage: LogStorage,
  extra: Partial<CreateDbOptions> & { apply?: ApplyFn; recheck?: RecheckFn } = {},
) => openDb({ storage, apply: fakeApply, baseTime: BASE, now: () => NOW, ...extra });
const rename = (name: string): Operation => ({ type: 'org.rename', orgId: 'org-acme-ml', name });
/** What the storage holds, read back as one state (the meta and its change records in order). */
const stored = (storage: LogStorage): StoredMeta & { log: AuditEntry[] } => {
  const records = storage.read();
  return { ...(records.meta as StoredMeta), log: [...records.changes.values()] as AuditEntry[] };
};
/** A whole-JSON state kept by version 1 (localStorage or IndexedDB). */
const legacy = (raw: string, key = STORAGE_KEY) => memoryStorage({ legacy: { [key]: raw } });

describe('Db', () => {
  it('seeds the default scenario, acting as its default admin, and saves at once', () => {
    const storage = memoryStorage();
    const db = open(storage);
    expect(db.scenario).toBe('default');
    expect(db.homeOrgId).toBe('org-acme-ml');
    expect(db.session.actingUserId).toBe('user-achen');
    expect(db.loadProblem).toBeNull();
    expect(stored(storage)).toMatchObject({
      version: STATE_VERSION,
      scenario: 'default',
      baseTime: BASE,
      log: [],
    });
  });

  it('writes through and reproduces the world on reload', () => {
    const storage = memoryStorage();
    const db = open(storage);
    const entry = db.commit(ava, rename('Acme AI'), { viewAs: true });
    expect(entry).toMatchObject({ seq: 1, at: NOW, actorId: 'user-achen', viewAs: true });
    db.setActingUser('user-ewalsh');
    db.setDemo({ latencyMs: 400 });

    const reloaded = open(storage, { baseTime: '2030-01-01T00:00:00.000Z' });
    expect(reloaded.loadProblem).toBeNull();
    expect(reloaded.world).toEqual(db.world);
    expect(reloaded.world.orgs.get('org-acme-ml')?.name).toBe('Acme AI');
    expect(reloaded.log).toEqual([entry]);
    expect(reloaded.session.actingUserId).toBe('user-ewalsh');
    expect(reloaded.demo).toEqual({
      latencyMs: 400,
      failureRate: 0,
      failurePattern: [],
      failureScope: 'all',
    });
  });

  it('does not record an operation that apply refuses', () => {
    const db = open(memoryStorage());
    expect(() => db.commit(ava, { type: 'run.delete', runId: 'run-1' })).toThrow();
    expect(db.log).toEqual([]);
  });

  it("commits a transaction's applied worlds without applying them again, one entry each", () => {
    let applied = 0;
    const counting: ApplyFn = (world, actor, op) => {
      applied += 1;
      return fakeApply(world, actor, op);
    };
    const storage = memoryStorage();
    const seen: string[] = [];
    const db = open(storage, { apply: counting, observers: [(_db, step) => seen.push(step.entry.op.type)] });
    const first = fakeApply(db.world, ava, rename('Acme AI'));
    const second = fakeApply(first, ava, rename('Acme Research'));
    const entries = db.commitApplied(ava, [
      { op: rename('Acme AI'), before: db.world, after: first },
      { op: rename('Acme Research'), before: first, after: second },
    ]);
    expect(applied).toBe(0);
    expect(db.world).toBe(second);
    expect(entries.map((e) => e.seq)).toEqual([1, 2]);
    expect(seen).toEqual(['org.rename', 'org.rename']);
    expect(stored(storage).log).toHaveLength(2);
    // Planned on a world that is no longer current: refused, nothing recorded.
    expect(() => db.commitApplied(ava, [{ op: rename('X'), before: first, after: second }])).toThrow();
    expect(db.log).toHaveLength(2);
  });

  it('starts a requested scenario fresh when the stored one differs', () => {
    const storage = memoryStorage();
    open(storage).commit(ava, rename('Acme AI'));
    const db = open(storage, { scenario: 'startup' });
    expect(db.scenario).toBe('startup');
    expect(db.log).toEqual([]);
    expect(stored(storage).scenario).toBe('startup');
  });

  const badValues: [string, string, 'corrupt' | 'outdated', RegExp][] = [
    ['unparsable JSON', '{"version":1,', 'corrupt', /couldn't be read/],
    [
      'the wrong shape',
      JSON.stringify({ version: 1, scenario: 'default', log: 'nope' }),
      'corrupt',
      /couldn't be read/,
    ],
    [
      'an unknown operation',
      JSON.stringify({
        version: 1,
        scenario: 'default',
        baseTime: BASE,
        session: { actingUserId: null },
        demo: { latencyMs: 0, failureRate: 0 },
        log: [{ id: 'a', seq: 1, at: BASE, actorId: null, viewAs: false, op: { type: 'org.explode' } }],
      }),
      'corrupt',
      /couldn't be read/,
    ],
    [
      'an older version',
      JSON.stringify({ version: 0, scenario: 'default' }),
      'outdated',
      /older version of Access Console/,
    ],
    ['a newer version', JSON.stringify({ version: 99 }), 'outdated', /newer version/],
  ];
  it.each(badValues)('survives %s with a message and a working fresh db', (_label, raw, kind, message) => {
    const storage = legacy(raw);
    const db = open(storage);
    expect(db.loadProblem?.kind).toBe(kind);
    expect(db.loadProblem?.message).toMatch(message);
    expect(db.loadProblem?.message).toMatch(/reset to the default scenario/);
    expect(db.world.orgs.get('org-acme-ml')).toBeDefined();
    // The bad value stays until the user changes something…
    db.setActingUser('user-bokafor');
    expect(storage.read().legacy.get(STORAGE_KEY)).toBe(raw);
    expect(storage.read().meta).toBeNull();
    // …then the next commit replaces it with a valid state.
    db.commit(ava, rename('Acme AI'));
    expect(open(storage).loadProblem).toBeNull();
    expect(open(storage).world.orgs.get('org-acme-ml')?.name).toBe('Acme AI');
  });

  it('reports state saved under an older key as outdated and removes it on reset', () => {
    const storage = legacy('{"users":[]}', storageKey(0));
    const db = open(storage);
    expect(db.loadProblem?.kind).toBe('outdated');
    expect(storage.read().meta).toBeNull();
    db.reset();
    expect(db.loadProblem).toBeNull();
    expect(storage.read().legacy.size).toBe(0);
    expect(storage.read().meta).not.toBeNull();
  });

  it('drops a stored entry that no longer applies, keeps the rest, and says which and why', () => {
    const storage = memoryStorage();
    // Made by an engine that could apply org.claimDomain; fakeApply cannot, as a changed engine might.
    const first = open(storage, {
      apply: (world, actor, op) => (op.type === 'org.claimDomain' ? world : fakeApply(world, actor, op)),
    });
    first.commit(ava, rename('Acme AI'));
    first.commit(ava, { type: 'org.claimDomain', orgId: 'org-acme-ml', domain: 'acme.ai' });
    first.commit(ava, rename('Acme Research'));
    const db = open(storage);
    expect(db.loadProblem).toMatchObject({
      kind: 'dropped',
      message: expect.stringMatching(
        /^1 saved change was dropped on loading.*your other 2 changes were kept/,
      ),
    });
    expect(db.dropped.map((d) => [d.entry?.seq, d.reason])).toEqual([
      [2, 'it could not be applied (cannot apply org.claimDomain)'],
    ]);
    expect(db.world.orgs.get('org-acme-ml')?.name).toBe('Acme Research');
    expect(db.log.map((e) => e.seq)).toEqual([1, 3]);
    // Stored as it was until the person changes something; the next entry follows the last seq.
    db.setActingUser('user-bokafor');
    expect(stored(storage).log.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(stored(storage).session.actingUserId).toBe('user-achen');
    const next = db.commit(ava, rename('Acme'));
    expect(next.seq).toBe(4);
    expect(db.loadProblem).toBeNull();
    expect(stored(storage).log.map((e) => e.seq)).toEqual([1, 3, 4]);
    expect(new Set(stored(storage).log.map((e) => e.id)).size).toBe(3);
  });

  it('drops what the re-check refuses, and dismissing saves the log without it', () => {
    const storage = memoryStorage();
    const first = open(storage);
    first.commit(ava, rename('Acme AI'));
    first.commit(ava, rename('   '));
    const db = open(storage, {
      recheck: (_w, _a, op) => (op.type === 'org.rename' && !op.name.trim() ? 'A name is needed' : null),
    });
    expect(db.dropped.map((d) => d.reason)).toEqual(['A name is needed']);
    expect(db.world.orgs.get('org-acme-ml')?.name).toBe('Acme AI');
    db.dismissLoadProblem();
    expect(db.dropped).toEqual([]);
    expect(stored(storage).log).toHaveLength(1);
    expect(open(storage).loadProblem).toBeNull();
  });

  it('reports a full storage instead of throwing, and keeps working in memory', () => {
    const refuse = () => ({ ok: false, message: "Your browser's storage for this site is full." }) as const;
    const full: LogStorage = {
      ...memoryStorage(),
      putMeta: refuse,
      putChange: refuse,
      putCheckpoint: refuse,
      restart: refuse,
    };
    const db = open(full);
    expect(db.loadProblem?.kind).toBe('quota');
    expect(db.loadProblem?.message).toMatch(/full.*until you reload/);
    db.commit(ava, rename('Acme AI'));
    expect(db.world.orgs.get('org-acme-ml')?.name).toBe('Acme AI');
  });

  it('resets to a fresh seed at now(), clearing the log and the problem', () => {
    const storage = legacy('garbage');
    const db = open(storage);
    db.commit(ava, rename('Acme AI'));
    db.setActingUser(null);
    db.setDemo({ failureRate: 0.2 });
    db.reset('dedicated');
    expect(db.scenario).toBe('dedicated');
    expect(db.baseTime).toBe(NOW);
    expect(db.log).toEqual([]);
    expect(db.loadProblem).toBeNull();
    expect(db.session.actingUserId).toBe(db.defaultActorId);
    expect(db.demo.failureRate).toBe(0.2);
    expect(open(storage).world).toEqual(db.world);
  });

  it('clamps demo settings so the saved state always reloads', () => {
    const storage = memoryStorage();
    open(storage).setDemo({ latencyMs: 250.4, failureRate: 3 });
    const db = open(storage);
    expect(db.loadProblem).toBeNull();
    expect(db.demo).toEqual({ latencyMs: 250, failureRate: 1, failurePattern: [], failureScope: 'all' });
  });

  it('keeps a fixed failure pattern and its scope across a reload', () => {
    const storage = memoryStorage();
    open(storage).setDemo({ failurePattern: ['ok', 'fail'], failureScope: 'writes' });
    const db = open(storage);
    expect(db.loadProblem).toBeNull();
    expect(db.demo).toMatchObject({ failurePattern: ['ok', 'fail'], failureScope: 'writes' });
  });

  it('loads demo settings stored before the failure pattern existed, with the pattern off', () => {
    const storage = memoryStorage();
    open(storage).commit(ava, rename('Acme AI'));
    const before = stored(storage);
    const old = { ...before, version: 1, demo: { latencyMs: 400, failureRate: 0.2 } };
    const db = open(legacy(JSON.stringify(old)));
    expect(db.loadProblem).toBeNull();
    expect(db.world.orgs.get('org-acme-ml')?.name).toBe('Acme AI');
    expect(db.demo).toEqual({ latencyMs: 400, failureRate: 0.2, failurePattern: [], failureScope: 'all' });
  });

  it('lets the user dismiss a load problem', () => {
    const db = open(legacy('garbage'));
    db.dismissLoadProblem();
    expect(db.loadProblem).toBeNull();
  });
});
