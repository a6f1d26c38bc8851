// "Reset demo data" on the boot-failure screen: forget everything the demo keeps in this browser, so the
// next load starts like a first visit. Plain browser APIs only: it must work when the app and the mock
// backend could not load at all.
import { RESET_CHANNEL } from './reset-channel';

/** localStorage keys of the demo's saved state (`access-console:v<version>`, see mocks/db). */
const STORAGE_KEY = /^access-console:v/;
/** IndexedDB databases of the demo start with this name. */
const DATABASE_PREFIX = 'access-console';
/** The mock backend's service worker (public/backend-service-worker.js; mockServiceWorker.js before). */
const WORKER_SCRIPT = /\/(backend-service-worker|mockServiceWorker)\.js$/;

/** How long a backend is given to say it let go: none may be running at all. */
const RELEASE_WAIT_MS = 500;

export interface DemoDataPlaces {
  storage: Storage | undefined;
  indexedDB: IDBFactory | undefined;
  serviceWorker: ServiceWorkerContainer | undefined;
  /** Opens a BroadcastChannel (undefined where there is none). */
  channel?: ((name: string) => BroadcastChannel) | undefined;
}

export function browserPlaces(): DemoDataPlaces {
  return {
    storage: safely(() => window.localStorage),
    indexedDB: safely(() => window.indexedDB),
    serviceWorker: 'serviceWorker' in navigator ? navigator.serviceWorker : undefined,
    channel: typeof BroadcastChannel === 'function' ? (name) => new BroadcastChannel(name) : undefined,
  };
}

/** Clears the demo's stored state everywhere it may live; resolves once each place has been cleared. */
export async function resetDemoData(
  places: DemoDataPlaces = browserPlaces(),
  blockedWaitMs = BLOCKED_WAIT_MS,
): Promise<void> {
  clearStorage(places.storage);
  await releaseBackends(places.channel);
  await Promise.all([deleteDatabases(places.indexedDB, blockedWaitMs), unregisterWorker(places.serviceWorker)]);
}

/** Asks a running backend to forget its state; resolves when one says it did, or after a short wait. */
function releaseBackends(open: DemoDataPlaces['channel']): Promise<void> {
  if (!open) return Promise.resolve();
  const channel = open(RESET_CHANNEL);
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      channel.close();
      resolve();
    };
    const timer = setTimeout(done, RELEASE_WAIT_MS);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (event.data === 'released') done();
    };
    channel.postMessage('reset');
  });
}

function clearStorage(storage: Storage | undefined): void {
  if (!storage) return;
  const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i));
  for (const key of keys) if (key !== null && STORAGE_KEY.test(key)) storage.removeItem(key);
}

async function deleteDatabases(factory: IDBFactory | undefined, blockedWaitMs: number): Promise<void> {
  if (!factory || typeof factory.databases !== 'function') return;
  const databases = await factory.databases();
  const names = databases.map((db) => db.name).filter((name) => name?.startsWith(DATABASE_PREFIX));
  await Promise.all(names.map((name) => deleteDatabase(factory, name ?? '', blockedWaitMs)));
}

/**
 * How long a blocked deletion is waited for. The backend (a SharedWorker that outlives the page) closes
 * the database when asked and forgets its state: going on before it has, the reload found it still
 * holding the old state and its report (a flaky boot-failure journey in CI).
 */
export const BLOCKED_WAIT_MS = 3000;

function deleteDatabase(factory: IDBFactory, name: string, blockedWaitMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`Could not delete the database ${name}`));
    // Someone still has it open: the deletion waits for them to close it, and then happens. Our backend
    // closes it at once; an old tab may not, and waiting for it would leave the person stuck on this
    // screen, so go on after a while.
    request.onblocked = () => setTimeout(resolve, blockedWaitMs);
  });
}

/** The mock backend's worker is installed again on the next start; removing it drops any stale copy. */
async function unregisterWorker(container: ServiceWorkerContainer | undefined): Promise<void> {
  if (!container) return;
  const registrations = await container.getRegistrations();
  const ours = registrations.filter((registration) => {
    const worker = registration.active ?? registration.waiting ?? registration.installing;
    return worker !== null && WORKER_SCRIPT.test(new URL(worker.scriptURL).pathname);
  });
  await Promise.all(ours.map((registration) => registration.unregister()));
}

/** Storage access itself can throw (blocked cookies, some private modes). */
function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
