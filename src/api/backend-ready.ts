// The console renders while its in-browser backend starts (issue 13: the shell does not wait for it).
// Requests made before the backend answers wait here instead of reaching the static host, which has
// no /api. A backend that fails to start rejects this; main.tsx then shows the boot failure screen.
let ready: Promise<void> = Promise.resolve();

export function waitForBackend(started: Promise<unknown>): void {
  ready = started.then(() => undefined);
  // The failure is reported once, by main.tsx; requests waiting here fail with their own error.
  ready.catch(() => undefined);
}

export function backendReady(): Promise<void> {
  return ready;
}
