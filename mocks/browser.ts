// The product's backend as the page sees it: the MSW service worker intercepts /api and hands each
// request to this page, whose one forwarding handler passes it to the shared backend (a SharedWorker
// that every tab of this browser talks to: mocks/worker) and its answer back. After a change, the
// other tabs are told on a BroadcastChannel so they refresh what they show.
import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import { backendScopeGate } from './backend-scope';
import { connectBackend } from './worker/connect';
import { LEGACY_STATE_KEY } from './worker/protocol';
import { apiUrl } from '../src/api/api-url';
import { CHANGES_CHANNEL, THIS_TAB, type ChangeMessage } from '../src/api/changes-channel';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Starts the backend on the scenario asked for by the URL (null: the stored or default one). */
export async function startBackend(scenario: string | null): Promise<void> {
  const legacy = legacyState();
  // The shared backend and the service worker start side by side: a first visit registers the service
  // worker while the backend builds its world (issue 13: the first page waited for one, then the other).
  // Marks for the browser benchmark's start-up figures (scripts/bench-browser.mjs).
  const connecting = connectBackend({ kind: 'hello', scenario, legacy }).then((connected) => {
    performance.mark('backend:connected');
    return connected;
  });
  const changes = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANGES_CHANNEL) : null;
  const apiRoot = new URL(apiUrl('/'), window.location.origin).pathname;
  const forward = http.all(`${apiRoot}*`, async ({ request }) => {
    const response = await (await connecting).fetch(request);
    if (!READS.has(request.method) && response.status < 400) {
      const message: ChangeMessage = { kind: 'changed', tab: THIS_TAB, path: new URL(request.url).pathname };
      changes?.postMessage(message);
    }
    return response;
  });
  // The gate comes first: the worker sees every request of the page (source modules in dev too), and
  // only the app's own /api is the backend's.
  const worker = setupWorker(backendScopeGate(window.location.origin, apiRoot), forward);
  const [backend] = await Promise.all([
    connecting,
    worker
      .start({
        // MSW's worker, kept registered across loads and able to claim the page (the file says why).
        serviceWorker: { url: `${import.meta.env.BASE_URL}backend-service-worker.js` },
        onUnhandledRequest: 'bypass',
        quiet: true,
      })
      .then(controlled)
      .then(() => performance.mark('backend:service-worker')),
  ]);
  // Carried over into the backend's store: the old copy must not come back on another start.
  if (backend.migrated) for (const [key] of legacy) safely(() => localStorage.removeItem(key));
}

/**
 * On a first visit (or after Reset demo data removed it) the service worker can report itself started
 * a moment before it controls this page; a request sent in that moment would reach the static host,
 * which has no /api. Wait until it controls the page, and ask it to: a worker revived by this page's
 * registration (after Reset demo data, while the shared backend still used it) is not activated
 * again, so it would never claim the page by itself (public/backend-service-worker.js).
 */
function controlled(registration: ServiceWorkerRegistration | undefined): Promise<void> {
  const container = navigator.serviceWorker;
  if (container.controller) return Promise.resolve();
  const claimed = new Promise<void>((resolve) =>
    container.addEventListener('controllerchange', () => resolve(), { once: true }),
  );
  registration?.active?.postMessage('CLAIM');
  return claimed;
}

function legacyState(): [string, string][] {
  const found: [string, string][] = [];
  safely(() => {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      const value = key === null ? null : localStorage.getItem(key);
      if (key !== null && value !== null && LEGACY_STATE_KEY.test(key)) found.push([key, value]);
    }
  });
  return found;
}

/** localStorage may be disabled by the browser: then there is simply nothing to carry over. */
function safely(work: () => void): void {
  try {
    work();
  } catch {
    // nothing stored, nothing to remove
  }
}
