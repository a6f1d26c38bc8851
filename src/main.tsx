// Boot: the app renders at once (its shell and skeletons) while the in-browser backend starts in its
// own chunk; requests wait for the backend (src/api/backend-ready.ts). A backend that fails to start
// replaces the app with the boot failure screen, which offers Reload and Reset. The shared server's
// build (VITE_BACKEND=http) talks to /api directly: the condition is replaced at build time, so that
// build has no backend chunk and registers no service worker.
import { startTransition, StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { waitForBackend } from './api/backend-ready';
import { renderBootFailure } from './boot/boot-failure';
import { takeScenarioParam } from './boot/scenario-param';
import './styles/index.css';

const SERVER = import.meta.env.VITE_BACKEND === 'http';
let reactRoot: Root | null = null;

async function boot() {
  const { scenario, notice } = SERVER ? { scenario: null, notice: null } : takeScenarioParam();
  if (!SERVER) {
    const backend = import('../mocks/browser').then((m) => m.startBackend(scenario));
    waitForBackend(backend);
    backend.catch(fail);
  }
  const { App } = await import('./app/app');
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  if (failed) return;
  reactRoot = createRoot(root);
  const app = reactRoot;
  // A transition renders in slices that yield to the browser, instead of one long task.
  startTransition(() =>
    app.render(
      <StrictMode>
        <App notice={notice} />
      </StrictMode>,
    ),
  );
}

let failed = false;
function fail(error: unknown): void {
  // The page must never stay blank: say what happened and offer Reload and Reset demo data.
  if (failed) return;
  failed = true;
  reactRoot?.unmount();
  const root = document.getElementById('root') ?? document.body;
  root.replaceChildren();
  renderBootFailure(root, error, undefined, { demo: !SERVER });
}

boot().catch(fail);
