// The audit log as readable entries. Each entry is described from the world before it and after it as
// the Db applies it (describeAppliedChange), cached per Db, and stored with the change (its note), so a
// load reads the descriptions of the changes in its checkpoint instead of replaying them from the seed.
// Who a change affected (the engine's impact) is the costly part: it is computed only for the entries
// shown, from a world kept every 128 entries (the Db's checkpoints, or those met while describing).
import type { AppliedObserver, AppliedStep, AuditEntry as StoredEntry, Db } from '../../db/db';
import { actorFromId } from '../../db/replay';
import { CHECKPOINT_EVERY } from '../../db/checkpoint';
import { scenarioSeed } from '../../db/scenarios/index';
import { apply, type World } from '../../engine/index';
import type { AuditEntry } from '../../../src/api/audit';
import { AUDIT_OPERATIONS, describeOperation } from './operations';
import { affectedBy } from './affected';

export interface LoggedEntry {
  entry: AuditEntry;
  /** The org whose log shows it. */
  orgId: string | null;
}

interface Described {
  stored: StoredEntry;
  /** Described at once, except `affected` (the engine's impact: by far the costliest part). */
  logged: LoggedEntry;
  /** Computed when the entry is first shown (undefined until then), then kept. */
  affected?: AuditEntry['affected'];
}

interface Cache {
  /** The world after the last described entry. */
  world: World;
  /** checkpoints[k]: the world before entry k × CHECKPOINT_EVERY, when known. */
  checkpoints: (World | undefined)[];
  done: Described[];
  indexBySeq: Map<number, number>;
}

const caches = new WeakMap<Db, Cache>();

const emptyCache = (seed: World): Cache => ({
  world: seed,
  checkpoints: [],
  done: [],
  indexBySeq: new Map(),
});

/** Describes one more change of the log (the cache's next entry). */
function record(cache: Cache, { before, after, entry: stored }: AppliedStep): void {
  const index = cache.done.length;
  if (index % CHECKPOINT_EVERY === 0) cache.checkpoints[index / CHECKPOINT_EVERY] = before;
  const logged = describeEntry(before, after, stored);
  markRevert(logged.entry, cache.done[index - 1]?.logged.entry);
  cache.done.push({ stored, logged });
  cache.indexBySeq.set(stored.seq, index);
  cache.world = after;
}

/**
 * The Db's observer (wired in mocks/worker/backend-host.ts and mocks/node.ts): each change is described
 * as the Db applies it, on load and on commit; the description is returned to be stored with it.
 */
export const describeAppliedChange: AppliedObserver = (db, step) => {
  // The Db tells a change once it is the last of its log.
  const index = db.log.length - 1;
  let cache = caches.get(db);
  const last = cache?.done[cache.done.length - 1];
  if (!cache || cache.done.length !== index || (last && last.stored !== db.log[index - 1])) {
    cache = cacheBefore(db, index, step.before);
    caches.set(db, cache);
  }
  record(cache, step);
  return cache.done[index]?.logged;
};

/**
 * A stored description is the Db's own writing, so only its shape is checked here (a full schema
 * check of 10,000 entries would cost more than the load itself); the client parses what it shows.
 */
function isNote(value: unknown, seq: number): value is LoggedEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { orgId, entry } = value as Partial<Record<keyof LoggedEntry, unknown>>;
  if (orgId !== null && typeof orgId !== 'string') return false;
  if (typeof entry !== 'object' || entry === null) return false;
  const e = entry as Partial<Record<keyof AuditEntry, unknown>>;
  return (
    e.seq === seq &&
    typeof e.action === 'string' &&
    typeof e.description === 'string' &&
    Array.isArray(e.changes)
  );
}

/**
 * A cache of the first `count` entries, whose last world is `world`: from the descriptions stored with
 * them when the Db restored them from a checkpoint, else described again from the seed.
 */
function cacheBefore(db: Db, count: number, world: World): Cache {
  if (count === 0) return emptyCache(world);
  const cache = emptyCache(world);
  for (const stored of db.log.slice(0, count)) {
    const note = db.noteOf(stored.seq);
    if (!isNote(note, stored.seq)) return describedFromSeed(db, count);
    cache.indexBySeq.set(stored.seq, cache.done.length);
    cache.done.push({ stored, logged: note });
  }
  return cache;
}

function describedFromSeed(db: Db, count: number): Cache {
  const cache = emptyCache(scenarioSeed(db.scenario, db.baseTime, db.seededWithHistory).world);
  for (const entry of db.log.slice(0, count)) {
    const before = cache.world;
    const actor = actorFromId(before, entry.actorId);
    record(cache, { before, after: apply(before, actor, entry.op), entry, actor });
  }
  return cache;
}

function arrivalPerson(
  stored: StoredEntry,
): { id: string; name: string; username: string; email: string } | null {
  const op = stored.op;
  return op.type === 'invite.accept' || op.type === 'signup' || op.type === 'sso.signIn' ? op.person : null;
}

function describeEntry(before: World, after: World, stored: StoredEntry): LoggedEntry {
  const user = stored.actorId
    ? (before.users.get(stored.actorId) ?? after.users.get(stored.actorId))
    : undefined;
  const account = stored.actorId ? before.serviceAccounts.get(stored.actorId) : undefined;
  // Arrivals act as the arriving person (ADR 0005), who may have no account before the change.
  const person = user ?? arrivalPerson(stored);
  const actor = person
    ? { id: person.id, name: person.name || person.username, username: person.username, email: person.email }
    : account
      ? { id: account.id, name: `service account ${account.name}`, username: account.name, email: '' }
      : null;
  const described = describeOperation(
    {
      before,
      after,
      actor: actor?.name ?? 'Someone signed out',
      actorId: stored.actorId ?? actor?.id ?? null,
    },
    stored.op,
  );
  return {
    orgId: described.orgId,
    entry: {
      id: stored.id,
      seq: stored.seq,
      at: stored.at,
      actor,
      viewAs: stored.viewAs,
      action: AUDIT_OPERATIONS[stored.op.type].name,
      description: described.description,
      target: { ...described.target, within: described.target.within ?? null },
      changes: described.changes,
      reverts: null,
      affected: null,
    },
  };
}

/**
 * An entry that puts back exactly what the previous one changed (same actor, action and target) says so:
 * that is how an Undo from a toast reads in the log, and a manual change back reads the same way.
 */
function markRevert(entry: AuditEntry, previous: AuditEntry | undefined): void {
  if (!previous || entry.changes.length === 0 || entry.changes.length !== previous.changes.length) return;
  if (entry.actor?.id !== previous.actor?.id || entry.action !== previous.action) return;
  if (entry.target.id !== previous.target.id || entry.target.within !== previous.target.within) return;
  const inverse = entry.changes.every((c) =>
    previous.changes.some((p) => p.field === c.field && p.before === c.after && p.after === c.before),
  );
  if (!inverse) return;
  entry.reverts = previous.seq;
  entry.description = `${entry.description} (undoing the previous change)`;
}

/** The cache of a Db, caught up with its log (rebuilt when it does not match). */
function cacheOf(db: Db): Cache {
  const log = db.log;
  let cache = caches.get(db);
  const last = cache?.done[cache.done.length - 1];
  const stale =
    !cache ||
    cache.done.length > log.length ||
    (last !== undefined && log[cache.done.length - 1] !== last.stored);
  if (!cache || stale) {
    // No observer saw this log (a Db opened without one, or nothing replayed on load): with an empty log
    // the current world is the seed; else the stored descriptions up to the checkpoint it was loaded
    // from, or describe it from the seed.
    const restored = db.restoredIndex > 0 ? db.checkpoint(db.restoredIndex) : undefined;
    if (log.length === 0) cache = emptyCache(db.world);
    else if (restored) cache = cacheBefore(db, db.restoredIndex, restored);
    else cache = describedFromSeed(db, log.length);
    caches.set(db, cache);
  }
  for (let i = cache.done.length; i < log.length; i++) {
    const entry = log[i];
    if (!entry) break;
    const before = cache.world;
    const actor = actorFromId(before, entry.actorId);
    record(cache, { before, after: apply(before, actor, entry.op), entry, actor });
  }
  return cache;
}

/** The world before entry k × CHECKPOINT_EVERY: met while describing, the Db's checkpoint, or from the seed. */
function checkpointWorld(db: Db, cache: Cache, k: number): World | null {
  const known = cache.checkpoints[k] ?? db.checkpoint(k * CHECKPOINT_EVERY);
  if (known) return (cache.checkpoints[k] = known);
  // Older than every checkpoint at hand: walk from the seed once, keeping each checkpoint on the way.
  let world = scenarioSeed(db.scenario, db.baseTime, db.seededWithHistory).world;
  for (let i = 0; i < k * CHECKPOINT_EVERY; i++) {
    if (i % CHECKPOINT_EVERY === 0) cache.checkpoints[i / CHECKPOINT_EVERY] ??= world;
    const stored = cache.done[i]?.stored;
    if (stored) world = apply(world, actorFromId(world, stored.actorId), stored.op);
  }
  cache.checkpoints[k] = world;
  return world;
}

/** Every entry of the log, oldest first, described without its affected people (see withAffected). */
export function loggedEntries(db: Db): readonly LoggedEntry[] {
  return cacheOf(db).done.map((d) => d.logged);
}

/**
 * These entries with the people each change affected: computed from the nearest checkpoint for the
 * entries asked for (a page, or an export) and kept, so a long log costs only what is shown.
 */
export function withAffected(db: Db, entries: readonly AuditEntry[]): AuditEntry[] {
  const cache = cacheOf(db);
  const missing = entries
    .map((e) => cache.indexBySeq.get(e.seq))
    .filter((i): i is number => i !== undefined && cache.done[i]?.affected === undefined)
    .sort((a, b) => a - b);
  let world: World | null = null;
  let at = -1;
  for (const index of missing) {
    const described = cache.done[index];
    if (!described) continue;
    // Walk forward from where we are, or from the checkpoint at or before this entry.
    const checkpoint = Math.floor(index / CHECKPOINT_EVERY) * CHECKPOINT_EVERY;
    if (world === null || at > index || at < checkpoint) {
      world = checkpointWorld(db, cache, checkpoint / CHECKPOINT_EVERY);
      at = checkpoint;
    }
    for (; world !== null && at < index; at++) {
      const stored = cache.done[at]?.stored;
      if (stored) world = apply(world, actorFromId(world, stored.actorId), stored.op);
    }
    if (world === null) continue;
    described.affected = affectedBy(world, actorFromId(world, described.stored.actorId), described.stored.op);
  }
  return entries.map((e) => {
    const index = cache.indexBySeq.get(e.seq);
    const affected = index === undefined ? undefined : cache.done[index]?.affected;
    return affected === undefined ? e : { ...e, affected };
  });
}
