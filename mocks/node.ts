// The same handlers in Node, for handler tests: a fresh in-memory Db per server.
import { setupServer } from 'msw/node';
import { memoryStorage } from './db/storage';
import { createDb, type CreateDbOptions } from './db/db';
import { createHandlers } from './handlers/index';
import { describeAppliedChange } from './handlers/audit/log';

const BASE_TIME = '2026-11-01T12:00:00.000Z';

/** Time stands still in tests (an hour after the seed), so invite expiry is deterministic. */
export function createTestBackend(options: Partial<CreateDbOptions> = {}) {
  const db = createDb({
    storage: memoryStorage(),
    baseTime: BASE_TIME,
    now: () => '2026-11-01T13:00:00.000Z',
    observers: [describeAppliedChange],
    ...options,
  });
  const server = setupServer(...createHandlers(db));
  return { db, server };
}
