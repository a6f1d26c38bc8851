// The audit log as readable entries. The stored log holds only operations, so each entry's before and
// after come from replaying it: the world before entry N against the world after it. Replaying is done
// once per entry and cached per Db (the log only grows; a reset or reload starts a new cache), so the
// page stays fast on the large scenario: new entries cost one apply() each.
import type { AuditEntry as StoredEntry, Db } from '../db/db';
import { actorFromId } from '../db/replay';
import { buildScenario } from '../db/scenarios/index';
import { apply, type Actor, type World } from '../engine/index';
import type { AuditEntry } from '../../src/api/audit';
import { AUDIT_ACTIONS } from './audit-actions';
import { affectedBy } from './audit-affected';
import { describeOperation } from './audit-describe';

export interface LoggedEntry {
  entry: AuditEntry;
  /** The org whose log shows it. */
  orgId: string | null;
}

interface Cache {
  key: string;
  /** The world after the last described entry. */
  world: World;
  done: { stored: StoredEntry; logged: LoggedEntry }[];
}

const caches = new WeakMap<Db, Cache>();

function arrivalPerson(
  stored: StoredEntry,
): { id: string; name: string; username: string; email: string } | null {
  const op = stored.op;
  return op.type === 'invite.accept' || op.type === 'signup' || op.type === 'sso.signIn' ? op.person : null;
}

function describeEntry(before: World, after: World, stored: StoredEntry, actorOf: Actor): LoggedEntry {
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
      action: AUDIT_ACTIONS[stored.op.type].name,
      description: described.description,
      target: { ...described.target, within: described.target.within ?? null },
      changes: described.changes,
      reverts: null,
      affected: affectedBy(before, actorOf, stored.op),
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

function fresh(db: Db, key: string): Cache {
  // With an empty log the current world is the seed; otherwise rebuild the seed (deterministic).
  const world = db.log.length === 0 ? db.world : buildScenario(db.scenario, db.baseTime).world;
  return { key, world, done: [] };
}

/** Every entry of the log, oldest first, described (cached; only new entries are replayed). */
export function loggedEntries(db: Db): readonly LoggedEntry[] {
  const key = `${db.scenario}|${db.baseTime}`;
  const log = db.log;
  let cache = caches.get(db);
  const last = cache?.done[cache.done.length - 1];
  const stale =
    !cache ||
    cache.key !== key ||
    cache.done.length > log.length ||
    (last !== undefined && log[cache.done.length - 1] !== last.stored);
  if (!cache || stale) {
    cache = fresh(db, key);
    caches.set(db, cache);
  }
  for (let i = cache.done.length; i < log.length; i++) {
    const stored = log[i];
    if (!stored) break;
    const before = cache.world;
    const actor = actorFromId(before, stored.actorId);
    const after = apply(before, actor, stored.op);
    const logged = describeEntry(before, after, stored, actor);
    markRevert(logged.entry, cache.done[cache.done.length - 1]?.logged.entry);
    cache.done.push({ stored, logged });
    cache.world = after;
  }
  return cache.done.map((d) => d.logged);
}
