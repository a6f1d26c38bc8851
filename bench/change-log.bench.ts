// The stored change log with 10,000 changes, default and large. Before (version 1): each change
// rewrote the whole state as one JSON string, and a load re-checked and replayed every change from the
// seed (bench/audit-log.bench.ts "load" is that, on a version-1 state). After: a change is one record
// appended, and a load starts from the newest checkpoint (the world after change 9,984) and replays
// the rest, reading the audit log's descriptions stored with the changes. In memory: IndexedDB's own
// cost (a put, its fsync) comes on top in the browser.
// Run: npm run bench
import { bench, describe } from 'vitest';
import { createDb } from '../mocks/db/db';
import { storageWithLog } from '../mocks/db/scenarios/long-log';
import { describeAppliedChange, loggedEntries } from '../mocks/handlers/audit/log';
import type { ScenarioName } from '../mocks/db/scenarios/index';

const CHANGES = 10_000;
const N = CHANGES.toLocaleString('en');

for (const scenario of ['default', 'large'] as const satisfies readonly ScenarioName[]) {
  describe(`change log with ${N} changes (${scenario})`, () => {
    const storage = storageWithLog(scenario, CHANGES);
    // Carried over from version 1 once: stored as records with a checkpoint from then on.
    const db = createDb({ storage, observers: [describeAppliedChange] });
    const whole = { ...(storage.read().meta as object), version: 1, log: db.log };
    const actor = { kind: 'user', userId: db.defaultActorId } as const;
    let n = 0;

    bench(`before: one change rewrites the whole state as JSON (${scenario})`, () => {
      void JSON.stringify(whole);
    });
    bench(`after: one change appends one record (${scenario})`, () => {
      db.commit(actor, { type: 'org.rename', orgId: db.homeOrgId, name: `Renamed ${++n}` });
    });
    bench(
      `after: load from the newest checkpoint, with the audit log (${scenario})`,
      () => {
        const loaded = createDb({ storage, observers: [describeAppliedChange] });
        if (loggedEntries(loaded).length < CHANGES) throw new Error('the log is not whole');
      },
      { iterations: 3, warmupIterations: 0 },
    );
  });
}
