// A long audit log: entries are described as the Db applies them, and who each change affected is
// computed from the nearest checkpoint when an entry is shown. The result must be exactly what
// describing the log from the seed gives (a Db opened without the observer does that).
import { describe, expect, it } from 'vitest';
import { createDb } from '../../mocks/db/db';
import { check, membershipOf } from '../../mocks/engine/index';
import { storageWithLog } from '../../mocks/db/scenarios/long-log';
import { describeAppliedChange, loggedEntries, withAffected } from '../../mocks/handlers/audit/log';
import { orgEntries } from '../../mocks/handlers/audit/query';

describe('a long audit log', () => {
  it('describes 600 changes the same from checkpoints as from the seed, in any order asked', () => {
    const storage = storageWithLog('default', 600, 3);
    const observed = createDb({ storage, observers: [describeAppliedChange] });
    const replayed = createDb({ storage });
    expect(observed.log).toHaveLength(600);
    expect(loggedEntries(observed)).toEqual(loggedEntries(replayed));

    const entries = orgEntries(replayed, replayed.homeOrgId);
    const fromSeed = withAffected(replayed, entries);
    // Asked newest first and in pieces, as pages are.
    const newestFirst = [...orgEntries(observed, observed.homeOrgId)].reverse();
    const pages = [0, 1, 2, 3].flatMap((p) =>
      withAffected(observed, newestFirst.slice(p * 150, (p + 1) * 150)),
    );
    expect(pages.reverse()).toEqual(fromSeed);
    expect(fromSeed.filter((e) => e.affected !== null).length).toBeGreaterThan(20);
  });

  it('reloads the descriptions stored with the changes, from the newest checkpoint, as the seed gives them', () => {
    const storage = storageWithLog('default', 600, 3);
    createDb({ storage, observers: [describeAppliedChange] });
    // Stored as records now, with a checkpoint of the world as carried over: a reload starts from it
    // and reads the stored descriptions.
    const reloaded = createDb({ storage, observers: [describeAppliedChange] });
    expect(reloaded.restoredIndex).toBe(600);
    const fromSeed = createDb({ storage });
    expect(loggedEntries(reloaded)).toEqual(loggedEntries(fromSeed));
    const all = orgEntries(fromSeed, fromSeed.homeOrgId);
    const newest = [...orgEntries(reloaded, reloaded.homeOrgId)].reverse().slice(0, 25);
    expect(withAffected(reloaded, newest)).toEqual(withAffected(fromSeed, all).reverse().slice(0, 25));
    // An old entry too: its world comes from the seed then, once.
    expect(withAffected(reloaded, all.slice(0, 3))).toEqual(withAffected(fromSeed, all.slice(0, 3)));
  });

  it('keeps describing the changes committed after the load', () => {
    const storage = storageWithLog('default', 200, 5);
    const db = createDb({ storage, observers: [describeAppliedChange] });
    // The random log may have demoted or removed the scenario's admin: act as an admin it left.
    const adminId = db.world.users
      .values()
      .find((u) => membershipOf(u, db.homeOrgId)?.orgRole === 'admin')?.id;
    const admin = { kind: 'user', userId: adminId ?? '' } as const;
    const rename = { type: 'org.rename', orgId: db.homeOrgId, name: 'Acme After' } as const;
    expect(check(db.world, admin, rename).allowed).toBe(true);
    db.commit(admin, rename);
    const newest = loggedEntries(db).at(-1)?.entry;
    expect(newest?.seq).toBe(201);
    expect(newest?.description).toMatch(/Acme After/);
    expect(loggedEntries(db)).toEqual(loggedEntries(createDb({ storage })));
  });
});
