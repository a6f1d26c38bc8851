// "Reset demo data" on the boot-failure screen: forget everything the demo keeps in this browser, so the
// next load starts like a first visit. Plain browser APIs only: it must work when the app and the mock
// backend could not load at all.

/** localStorage keys of the demo's saved state (`access-console:v<version>`, see mocks/db). */
const STORAGE_KEY = /^access-console:v/;
/** IndexedDB databases of the demo start with this name. */
const DATABASE_PREFIX = 'access-console';
/** The mock backend's service worker (public/backend-service-worker.js; mockServiceWorker.js before). */
const WORKER_SCRIPT = /\/(backend-service-worker|mockServiceWorker)\.js$/;

export interface DemoDataPlaces {
  storage: Storage | undefined;
  indexedDB: IDBFactory | undefined;
  serviceWorker: ServiceWorkerContainer | undefined;
}

export function browserPlaces(): DemoDataPlaces {
  return {
    storage: safely(() => window.localStorage),
    indexedDB: safely(() => window.indexedDB),
    serviceWorker: 'serviceWorker' in navigator ? navigator.serviceWorker : undefined,
  };
}

/** Clears the demo's stored state everywhere it may live; resolves once each place has been cleared. */
export async function resetDemoData(places: DemoDataPlaces = browserPlaces()): Promise<void> {
  clearStorage(places.storage);
  await Promise.all([deleteDatabases(places.indexedDB), unregisterWorker(places.serviceWorker)]);
}

function clearStorage(storage: Storage | undefined): void {
  if (!storage) return;
  const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i));
  for (const key of keys) if (key !== null && STORAGE_KEY.test(key)) storage.removeItem(key);
}

async function deleteDatabases(factory: IDBFactory | undefined): Promise<void> {
  if (!factory || typeof factory.databases !== 'function') return;
  const databases = await factory.databases();
  const names = databases.map((db) => db.name).filter((name) => name?.startsWith(DATABASE_PREFIX));
  await Promise.all(names.map((name) => deleteDatabase(factory, name ?? '')));
}

function deleteDatabase(factory: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`Could not delete the database ${name}`));
    // Another tab (or a worker) still has it open: the deletion waits for it to close and then happens.
    // Waiting here would leave the person stuck on this screen, so go on.
    request.onblocked = () => resolve();
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
