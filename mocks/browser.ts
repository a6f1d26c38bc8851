// The product's backend in the browser: the service worker forwards /api requests to these handlers,
// which run on the page over state persisted in localStorage.
import { setupWorker } from 'msw/browser';
import { backendScopeGate } from './backend-scope';
import { browserStorage } from './db/storage';
import { createDb } from './db/db';
import { createHandlers } from './handlers/index';
import { describeAppliedChange } from './handlers/audit/log';
import { scenarioNameSchema } from '../src/api/demo';
import { apiUrl } from '../src/api/client';

export interface StartedBackend {
  /** Set when ?scenario= named an unknown scenario. */
  scenarioNotice: string | null;
}

export async function startBackend(): Promise<StartedBackend> {
  const db = createDb({ storage: browserStorage(), observers: [describeAppliedChange] });
  const notice = applyScenarioParam(db);
  // The gate comes first: the worker sees every request of the page (source modules in dev too), and
  // only the app's own /api is the backend's.
  const apiRoot = new URL(apiUrl('/'), window.location.origin).pathname;
  const worker = setupWorker(backendScopeGate(window.location.origin, apiRoot), ...createHandlers(db));
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return { scenarioNotice: notice };
}

/** `?scenario=name` switches to that scenario (once: the parameter is then removed from the URL). */
function applyScenarioParam(db: ReturnType<typeof createDb>): string | null {
  const url = new URL(window.location.href);
  const requested = url.searchParams.get('scenario');
  if (requested === null) return null;
  url.searchParams.delete('scenario');
  window.history.replaceState(window.history.state, '', url);
  const parsed = scenarioNameSchema.safeParse(requested);
  if (!parsed.success) {
    return `There is no scenario called "${requested}", so the console stayed on "${db.scenario}". Pick one in the demo panel.`;
  }
  if (parsed.data !== db.scenario) db.reset(parsed.data);
  return null;
}
