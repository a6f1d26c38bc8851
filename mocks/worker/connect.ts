// The page's side of the shared backend: connect to the SharedWorker (one backend for every tab), or,
// where a browser has no SharedWorker, run the same backend in this page. Either way a request goes in
// as a Request and comes back as a Response.
import { fromWireResponse, toWire, type FromBackend, type ToBackend, type WireResponse } from './protocol';

export interface BackendConnection {
  fetch(request: Request): Promise<Response>;
  /** True when this connection carried the demo state over from localStorage. */
  migrated: boolean;
  /** Where the backend runs: told in the demo panel and used by tests. */
  where: 'shared-worker' | 'page';
}

type Hello = Extract<ToBackend, { kind: 'hello' }>;

export function connectBackend(hello: Hello): Promise<BackendConnection> {
  return typeof SharedWorker === 'function' ? connectShared(hello) : startInPage(hello);
}

function connectShared(hello: Hello): Promise<BackendConnection> {
  const worker = new SharedWorker(new URL('./backend-worker.ts', import.meta.url), {
    type: 'module',
    name: 'access-console-backend',
  });
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

async function startInPage(hello: Hello): Promise<BackendConnection> {
  // Loaded only on this path: where SharedWorker exists, the backend's code never reaches the page.
  const [{ openIdbStorage }, { startHost }] = await Promise.all([
    import('../db/idb-storage'),
    import('./backend-host'),
  ]);
  const { host, migrated } = startHost(await openIdbStorage(), hello);
  return {
    where: 'page',
    migrated,
    fetch: async (request) => fromWireResponse(await host.handle(await toWire(request))),
  };
}
