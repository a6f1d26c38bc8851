// The backend itself, wherever it runs (the SharedWorker, or a page without SharedWorker): the Db over
// durable storage, every handler, and one entry point that answers a request given as plain data. A
// change is answered only once its state is on disk (flush), so an acknowledged change is never lost.
import { getResponse } from 'msw';
import { createDb, type Db } from '../db/db';
import type { DurableStorage } from '../db/idb-storage';
import { isScenarioName } from '../db/scenarios/index';
import { describeAppliedChange } from '../handlers/audit/log';
import { createHandlers } from '../handlers/index';
import {
  fromWireRequest,
  REQUEST_KEY_HEADER,
  responseToWire,
  type WireRequest,
  type WireResponse,
} from './protocol';

export interface BackendHost {
  handle(request: WireRequest): Promise<WireResponse>;
  /** A tab opened with ?scenario=: switch to it (a fresh copy) unless it is the current one. */
  useScenario(name: string | null): void;
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A request sent again after the leader tab that applied it closed before answering: applied once,
 * not twice. 409, so the tab shows it and refreshes (the change is already on screen after that).
 */
function alreadyApplied(): Response {
  const message =
    'This change was already saved (the tab that was saving it closed before it could say so). The page now shows it.';
  return Response.json(
    { error: { code: 'conflict', message, reasons: [], fieldErrors: {} } },
    { status: 409 },
  );
}

/**
 * Starts the backend over `storage`. `legacy`: a demo state kept in localStorage by an earlier version,
 * carried over when this storage holds none yet (so nobody's demo is lost by the move).
 */
export function startHost(
  storage: DurableStorage,
  options: { scenario: string | null; legacy: readonly [string, string][] },
): { host: BackendHost; migrated: boolean } {
  // Consulted only when the store holds no state of its own (then the page may forget its copy).
  const records = storage.read();
  const migrated = records.meta === null && records.legacy.size === 0 && options.legacy.length > 0;
  const db: Db = createDb({
    storage,
    legacy: new Map(options.legacy),
    scenario: isScenarioName(options.scenario) ? options.scenario : undefined,
    observers: [describeAppliedChange],
    // A demo's Audit log starts with the scenario's months of history (default-history.ts).
    history: true,
  });
  const handlers = createHandlers(db);
  const answer = async (wire: WireRequest): Promise<Response> =>
    (await getResponse(handlers, fromWireRequest(wire))) ??
    Response.json({ error: { code: 'not_found', message: 'No such API endpoint.' } }, { status: 404 });
  // Changes run one at a time, each with its request's key (tabs behind a leader tab send one).
  let writing: Promise<unknown> = Promise.resolve();
  const write = async (wire: WireRequest): Promise<WireResponse> => {
    const key = wire.headers.find(([name]) => name.toLowerCase() === REQUEST_KEY_HEADER)?.[1];
    if (key !== undefined && db.hasApplied(key)) return responseToWire(alreadyApplied());
    const response = await db.keyed(key, () => answer(wire));
    const saved = await storage.flush();
    if (!saved.ok) db.reportSaveFailure(saved.message);
    return responseToWire(response);
  };
  const host: BackendHost = {
    async handle(wire) {
      if (READS.has(wire.method)) return responseToWire(await answer(wire));
      const done = writing.then(() => write(wire));
      writing = done.catch(() => undefined);
      return done;
    },
    useScenario(name) {
      if (isScenarioName(name) && name !== db.scenario) db.reset(name);
    },
  };
  return { host, migrated };
}
