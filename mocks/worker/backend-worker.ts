// The SharedWorker: one backend for every tab of the console in this browser, off the pages' main
// threads. Each tab connects with a hello (its ?scenario= and any localStorage state to carry over),
// then sends requests; answers go back on the same port. The backend starts with the first hello.
import './local-storage-shim';
import { openIdbStorage } from '../db/idb-storage';
import { startHost, type BackendHost } from './backend-host';
import type { FromBackend, ToBackend } from './protocol';
import { RESET_CHANNEL } from '../../src/boot/reset-channel';

interface ConnectEvent {
  ports: readonly MessagePort[];
}
// SharedWorkerGlobalScope without the WebWorker lib (it would clash with the DOM lib of the app).
const scope = globalThis as typeof globalThis & { onconnect: ((event: ConnectEvent) => void) | null };

let starting: Promise<{ host: BackendHost; migrated: boolean }> | null = null;

function hostFor(hello: Extract<ToBackend, { kind: 'hello' }>) {
  if (starting) {
    return starting.then((started) => {
      started.host.useScenario(hello.scenario);
      return { host: started.host, migrated: false };
    });
  }
  const started = openIdbStorage().then((storage) => {
    // Reset demo data deleted the database: the next tab starts the backend again from what is stored
    // (unless a reset already let this one go and a newer one runs).
    storage.onLost(() => {
      if (starting === started) starting = null;
    });
    return startHost(storage, { scenario: hello.scenario, legacy: hello.legacy });
  });
  starting = started;
  // A backend that failed to start may start on the next hello (after Reset demo data, say).
  started.catch(() => {
    if (starting === started) starting = null;
  });
  return starting;
}

// Reset demo data (the boot-failure screen) is about to delete the stored state: the next tab starts a
// backend from what is left, not this one, which may hold what is being reset (a report of a damaged
// state, say). Its pages are gone or reloading; its database closes when the deletion asks.
const resets = new BroadcastChannel(RESET_CHANNEL);
resets.onmessage = (event: MessageEvent<unknown>) => {
  if (event.data !== 'reset') return;
  starting = null;
  resets.postMessage('released');
};

scope.onconnect = (event) => {
  const port = event.ports[0];
  if (!port) return;
  const send = (message: FromBackend) => port.postMessage(message);
  let host: Promise<BackendHost> | null = null;
  port.onmessage = (message: MessageEvent<ToBackend>) => {
    const data = message.data;
    if (data.kind === 'hello') {
      const started = hostFor(data);
      host = started.then((s) => s.host);
      started.then(
        (s) => send({ kind: 'ready', migrated: s.migrated }),
        (error: unknown) =>
          send({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
      return;
    }
    const id = data.id;
    void (host ?? Promise.reject(new Error('The page sent a request before its hello')))
      .then((h) => h.handle(data.request))
      .then(
        (response) => send({ kind: 'response', id, response }),
        (error: unknown) =>
          send({
            kind: 'response',
            id,
            response: {
              status: 500,
              statusText: 'Internal Server Error',
              headers: [['content-type', 'application/json']],
              body: JSON.stringify({
                error: { code: 'internal', message: error instanceof Error ? error.message : String(error) },
              }),
            },
          }),
      );
  };
  port.start();
};
