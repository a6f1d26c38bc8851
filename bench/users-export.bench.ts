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
