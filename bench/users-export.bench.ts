// The Users CSV export of the large scenario (10,000 members) through the real handler and msw/node:
// what an admin waits for after Export. Its speed is tracked here; tests/api/users-export.test.ts checks
// only that every row is there (a time budget in a test fails on a busy machine, not on a slow export).
// Run: npm run bench
import { afterAll, bench, describe } from 'vitest';
import { createTestBackend } from '../mocks/node';

const { server } = createTestBackend({ scenario: 'large' });
server.listen({ onUnhandledRequest: 'error' });
afterAll(() => server.close());

// The large scenario's home org (mocks/db/scenarios/large-scenario.ts).
const URL = 'http://localhost/api/orgs/initech/users/export.csv?status=active';

describe('exports, large world', () => {
  bench(
    'Users CSV export: every active member (10,000 rows)',
    async () => {
      const res = await fetch(URL);
      if (res.status !== 200) throw new Error(`export answered ${res.status}`);
      await res.text();
    },
    { iterations: 5, warmupIterations: 1 },
  );
});

// One keystroke in the Users search of the large org: the list request the page sends (a page of 25,
// filtered and sorted over 10,000 people, with each row's controls and reasons).
describe('users list, large world', () => {
  bench(
    'Users list: search "mar", sorted by last active, first page',
    async () => {
      const res = await fetch(
        'http://localhost/api/orgs/initech/users?q=mar&sort=lastActive&dir=desc&page=1',
      );
      if (res.status !== 200) throw new Error(`list answered ${res.status}`);
      await res.text();
    },
    { iterations: 20, warmupIterations: 2 },
  );
});
