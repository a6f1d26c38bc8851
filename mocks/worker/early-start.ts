// The shared backend starts while the app's scripts download: the build writes this function into
// index.html (vite.config.ts, earlyBackend), so the SharedWorker loads its code and builds the world
// from the moment the page is parsed. The app's own connection (connect.ts) then joins the same worker
// (same address, same name) with the same hello. It runs as plain inline script: it imports nothing (a type only).
// Not started when this browser holds a demo state from localStorage to carry over: that hello must
// come from the app, which removes the old copy once the backend says it was carried.
import type { BackendWorkerOptions } from './protocol';

export function startBackendEarly(
  workerUrl: string,
  name: string,
  scenarios: readonly string[],
  legacyKey: string,
): void {
  if (typeof SharedWorker !== 'function') return;
  const legacy = new RegExp(legacyKey);
  try {
    for (let i = 0; i < localStorage.length; i++) if (legacy.test(localStorage.key(i) ?? '')) return;
  } catch {
    // Storage disabled: there is nothing to carry over.
  }
  const requested = new URLSearchParams(location.search).get('scenario');
  const scenario = requested !== null && scenarios.includes(requested) ? requested : null;
  try {
    const options: BackendWorkerOptions = { type: 'module', name, extendedLifetime: true };
    const worker = new SharedWorker(workerUrl, options);
    worker.port.start();
    worker.port.postMessage({ kind: 'hello', scenario, legacy: [] });
  } catch {
    // The app's own connection says what went wrong.
  }
}
