// The audit log when it is long: 10,000 changes the engine allowed (random, fixed seed) stored over
// the default and the large scenario. "Load" is what a reload costs (re-check and replay every change,
// describing each for the audit log as it goes); "first page" adds what the Audit log page's handler
// does right after that load (filter the org's entries, then the 25 shown with who they affected).
// Run: npm run bench
import { bench, describe } from 'vitest';
import { createDb } from '../mocks/db/db';
import { describeAppliedChange, withAffected } from '../mocks/handlers/audit/log';
import { filterEntries, orgEntries } from '../mocks/handlers/audit/query';
import { storageWithLog } from '../mocks/db/scenarios/long-log';
import type { ScenarioName } from '../mocks/db/scenarios/index';
import { AUDIT_QUERY_DEFAULTS } from '../src/api/audit';

const CHANGES = 10_000;
const N = CHANGES.toLocaleString('en');
const ALL = AUDIT_QUERY_DEFAULTS;

for (const scenario of ['default', 'large'] as const satisfies readonly ScenarioName[]) {
  describe(`audit log with ${N} changes (${scenario})`, () => {
    const storage = storageWithLog(scenario, CHANGES);
    const open = () => createDb({ storage, observers: [describeAppliedChange] });
    bench(`load: re-check and replay ${N} changes (${scenario})`, () => void open(), {
      iterations: 3,
      warmupIterations: 0,
    });
    bench(
      `load, then the first Audit log page (${scenario})`,
      () => {
        const db = open();
        const page = filterEntries(orgEntries(db, db.homeOrgId), ALL).slice(0, 25);
        if (withAffected(db, page).length !== 25) throw new Error('the first page is not full');
      },
      { iterations: 3, warmupIterations: 0 },
    );
  });
}
