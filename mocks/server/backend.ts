// The backend a shared server runs: the Db over SQL storage and every handler, the server's own routes
// first (sign-in, session, refusals of the demo's panels), then the same handlers as the browser's.
import { getResponse, type HttpHandler } from 'msw';
import { createDb, type Db } from '../db/db';
import type { ScenarioName } from '../db/scenarios/index';
import { describeAppliedChange } from '../handlers/audit/log';
import { createHandlers } from '../handlers/index';
import { newApiKey } from '../handlers/me/api-key-secret';
import { transact } from '../handlers/http/transact';
import { authHandlers } from './routes/auth';
import type { ServerContext } from './routes/context';
import { serverRefusals } from './routes/refusals';
import { serverSessionHandlers } from './routes/session';
import type { ServerStorage } from './storage/sql-storage';

export interface Backend {
  db: Db;
  answer(request: Request): Promise<Response>;
}

export function openBackend(
  storage: ServerStorage,
  ctx: ServerContext,
  scenario: ScenarioName | undefined,
): Backend {
  const empty = storage.read().meta === null;
  const db = createDb({
    storage,
    // A new database: the scenario asked for, else an empty server whose first person creates the org.
    scenario: scenario ?? (empty ? 'empty' : undefined),
    observers: [describeAppliedChange],
    history: true,
  });
  const handlers: HttpHandler[] = [
    ...serverRefusals(),
    ...authHandlers(ctx),
    ...serverSessionHandlers(ctx),
    ...createHandlers(db),
  ];
  return {
    db,
    answer: async (request) =>
      (await getResponse(handlers, request)) ??
      Response.json(
        { error: { code: 'not_found', message: 'No such API endpoint.', reasons: [], fieldErrors: {} } },
        { status: 404 },
      ),
  };
}

/** The key `npm run serve` prints for the scenario's admin (or `--key-for` someone): new each start. */
export const START_KEY_NAME = 'Printed by npm run serve';

export async function startKey(db: Db, userId: string): Promise<{ username: string; key: string } | null> {
  const person = db.world.users.get(userId);
  if (!person) return null;
  const actor = { kind: 'user' as const, userId: person.id };
  const [result] = await db.withSession({ signedInUserId: person.id, actingUserId: person.id }, async () => {
    for (const old of person.apiKeys?.filter((k) => k.name === START_KEY_NAME) ?? [])
      transact(db, actor, { type: 'apiKey.revoke', userId: person.id, keyId: old.id });
    const { secret, key } = await newApiKey(START_KEY_NAME, db.now());
    const done = transact(db, actor, { type: 'apiKey.create', userId: person.id, key });
    return done.ok ? secret : null;
  });
  return result === null ? null : { username: person.username, key: result };
}
