// The stored log: one record appended per change (never the whole state), a checkpoint every 128
// changes so a load replays only the changes after it, and the ways a stored record can go wrong.
import { describe, expect, it } from 'vitest';
import type { Actor, Operation, World } from '../engine/index';
import { CHECKPOINT_EVERY } from './checkpoint';
import { openDb } from './db-core';
import type { ApplyFn } from './replay';
import { memoryStorage, type LogStorage } from './storage';
import { STORAGE_KEY, type AuditEntry } from './stored-state';

const BASE = '2026-11-01T12:00:00.000Z';
const ava: Actor = { kind: 'user', userId: 'user-achen' };
const rename = (name: string): Operation => ({ type: 'org.rename', orgId: 'org-acme-ml', name });

function counting() {
  const count = { applied: 0 };
  const apply: ApplyFn = (world: World, _actor, op) => {
    count.applied += 1;
    if (op.type !== 'org.rename') throw new Error(`cannot apply ${op.type}`);
    const org = world.orgs.get(op.orgId);
    if (!org) throw new Error('no such org');
    return { ...world, orgs: world.orgs.with(op.orgId, { ...org, name: op.name }) };
  };
  return { count, apply };
}

/** Counts each kind of write a storage receives. */
function spied(storage: LogStorage) {
  const writes = { meta: 0, change: 0, checkpoint: 0, restart: 0 };
  const spy: LogStorage = {
    ...storage,
    putMeta: (m) => (writes.meta++, storage.putMeta(m)),
    putChange: (seq, r) => (writes.change++, storage.putChange(seq, r)),
    putCheckpoint: (i, c) => (writes.checkpoint++, storage.putCheckpoint(i, c)),
    restart: (m) => (writes.restart++, storage.restart(m)),
  };
  return { spy, writes };
}

const open = (storage: LogStorage, apply = counting().apply, observers = [] as const) =>
  openDb({ storage, apply, baseTime: BASE, now: () => BASE, observers });

describe('the append-only change log', () => {
  it('writes one record per change and nothing else, and a checkpoint every 128 changes', () => {
    const { spy, writes } = spied(memoryStorage());
    const db = open(spy);
    expect(writes).toEqual({ meta: 0, change: 0, checkpoint: 0, restart: 1 });
    for (let i = 1; i <= CHECKPOINT_EVERY + 2; i++) db.commit(ava, rename(`Acme ${i}`));
    expect(writes).toEqual({ meta: 0, change: CHECKPOINT_EVERY + 2, checkpoint: 1, restart: 1 });
    expect([...spy.read().checkpoints.keys()]).toEqual([CHECKPOINT_EVERY]);
  });

  it('loads from the newest checkpoint: only the changes after it are re-checked and applied', () => {
    const storage = memoryStorage();
    const db = open(storage);
    for (let i = 1; i <= 2 * CHECKPOINT_EVERY + 3; i++) db.commit(ava, rename(`Acme ${i}`));
    const { count, apply } = counting();
    const reloaded = open(storage, apply);
    expect(count.applied).toBe(3);
    expect(reloaded.restoredIndex).toBe(2 * CHECKPOINT_EVERY);
    expect(reloaded.world).toEqual(db.world);
    expect(reloaded.log).toEqual(db.log);
    // Only the newest two checkpoints are kept.
    expect([...storage.read().checkpoints.keys()]).toEqual([CHECKPOINT_EVERY, 2 * CHECKPOINT_EVERY]);
    expect(reloaded.checkpoint(CHECKPOINT_EVERY)?.orgs.get('org-acme-ml')?.name).toBe('Acme 128');
  });

  it('passes over a damaged checkpoint for an older one, or the seed', () => {
    const storage = memoryStorage();
    const db = open(storage);
    for (let i = 1; i <= CHECKPOINT_EVERY + 1; i++) db.commit(ava, rename(`Acme ${i}`));
    storage.putCheckpoint(CHECKPOINT_EVERY, { version: 2, index: CHECKPOINT_EVERY, lastSeq: 1, tables: {} });
    const { count, apply } = counting();
    const reloaded = open(storage, apply);
    expect(count.applied).toBe(CHECKPOINT_EVERY + 1);
    expect(reloaded.loadProblem).toBeNull();
    expect(reloaded.world).toEqual(db.world);
  });

  it('drops a record that cannot be read, names it, and keeps the rest', () => {
    const storage = memoryStorage();
    const db = open(storage);
    db.commit(ava, rename('Acme AI'));
    db.commit(ava, rename('Acme Research'));
    db.commit(ava, rename('Acme Labs'));
    storage.putChange(2, { seq: 2, op: 'garbage' });
    const reloaded = open(storage);
    expect(reloaded.loadProblem?.kind).toBe('dropped');
    expect(reloaded.dropped).toEqual([
      { seq: 2, entry: null, reason: expect.stringMatching(/could not be read/) },
    ]);
    expect(reloaded.log.map((e) => e.seq)).toEqual([1, 3]);
    expect(reloaded.world.orgs.get('org-acme-ml')?.name).toBe('Acme Labs');
    // The next change rewrites the log without it.
    reloaded.commit(ava, rename('Acme'));
    expect([...storage.read().changes.keys()]).toEqual([1, 3, 4]);
    expect(open(storage).loadProblem).toBeNull();
  });

  it('stores what an observer says about each change, and gives it back after a reload', () => {
    const storage = memoryStorage();
    const db = openDb({
      storage,
      apply: counting().apply,
      baseTime: BASE,
      observers: [(_db, step) => ({ said: step.entry.seq })],
    });
    for (let i = 1; i <= CHECKPOINT_EVERY + 1; i++) db.commit(ava, rename(`Acme ${i}`));
    const reloaded = open(storage);
    expect(reloaded.noteOf(1)).toEqual({ said: 1 });
    expect(reloaded.noteOf(CHECKPOINT_EVERY + 1)).toEqual({ said: CHECKPOINT_EVERY + 1 });
  });

  it('carries a whole-JSON state of version 1 over into records, once', () => {
    const first = memoryStorage();
    const db = open(first);
    db.commit(ava, rename('Acme AI'));
    db.setDemo({ latencyMs: 300 });
    const log: AuditEntry[] = [...db.log];
    const whole = JSON.stringify({ ...(first.read().meta as object), version: 1, log });
    const storage = memoryStorage({ legacy: { [STORAGE_KEY]: whole } });
    const carried = open(storage);
    expect(carried.loadProblem).toBeNull();
    expect(carried.world.orgs.get('org-acme-ml')?.name).toBe('Acme AI');
    expect(carried.demo.latencyMs).toBe(300);
    const records = storage.read();
    expect(records.legacy.size).toBe(0);
    expect([...records.changes.keys()]).toEqual([1]);
    expect(open(storage).log).toEqual(log);
  });
});
