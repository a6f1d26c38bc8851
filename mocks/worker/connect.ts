// The page's side of the shared backend: connect to the SharedWorker (one backend for every tab), or,
// where a browser has no SharedWorker, to the leader tab elected with Web Locks (leader-tab.ts), which
// may be this one. Only without Web Locks does a tab run a backend of its own. Either way a request goes
// in as a Request and comes back as a Response.
import { browserLeaderEnvironment, canElectLeader, connectViaLeader } from './leader-tab';
import {
  BACKEND_WORKER_NAME,
  fromWireResponse,
  type BackendWorkerOptions,
  toWire,
  type BackendConnection,
  type FromBackend,
  type Hello,
  type ToBackend,
  type WireResponse,
} from './protocol';

export function connectBackend(hello: Hello): Promise<BackendConnection> {
  if (typeof SharedWorker === 'function') return connectShared(hello);
  if (canElectLeader()) return connectViaLeader(hello, browserLeaderEnvironment(startHostInPage));
  return startInPage(hello);
}

function connectShared(hello: Hello): Promise<BackendConnection> {
  // The options written out here: Vite reads them to build the worker (a variable would not do).
  const worker = new SharedWorker(new URL('./backend-worker.ts', import.meta.url), {
    type: 'module',
    name: BACKEND_WORKER_NAME,
    extendedLifetime: true,
  } as BackendWorkerOptions);
  const port = worker.port;
  const waiting = new Map<number, (response: WireResponse) => void>();
  let nextId = 1;
  return new Promise((resolve, reject) => {
    worker.onerror = () => reject(new Error('The backend (a SharedWorker) could not be loaded.'));
    port.onmessage = (event: MessageEvent<FromBackend>) => {
      const message = event.data;
      if (message.kind === 'failed') reject(new Error(`The backend could not start: ${message.message}`));
      else if (message.kind === 'ready') {
        resolve({
          where: 'shared-worker',
          migrated: message.migrated,
          fetch: async (request) => {
            const id = nextId++;
            const wire = await toWire(request);
            const answer = new Promise<WireResponse>((done) => waiting.set(id, done));
            port.postMessage({ kind: 'request', id, request: wire } satisfies ToBackend);
            return fromWireResponse(await answer);
          },
        });
      } else {
        waiting.get(message.id)?.(message.response);
        waiting.delete(message.id);
      }
    };
    port.start();
    port.postMessage(hello);
  });
}

/** The backend in this page, over IndexedDB. */
async function startHostInPage(hello: Hello) {
  // Loaded only on this path: where SharedWorker exists, the backend's code never reaches the page.
  const [{ openIdbStorage }, { startHost }] = await Promise.all([
    import('../db/idb-storage'),
    import('./backend-host'),
  ]);
  return startHost(await openIdbStorage(), hello);
}

async function startInPage(hello: Hello): Promise<BackendConnection> {
  const { host, migrated } = await startHostInPage(hello);
  return {
    where: 'page',
    migrated,
    fetch: async (request) => fromWireResponse(await host.handle(await toWire(request))),
  };
}
