// Boot: start the in-browser backend (its own chunk) and load the app in parallel, then render. The
// shared server's build (VITE_BACKEND=http) talks to /api directly: the condition is replaced at build
// time, so that build has no backend chunk and registers no service worker.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { renderBootFailure } from './boot/boot-failure';
import './styles/index.css';

async function boot() {
  const [backend, { App }] = await Promise.all([
    import.meta.env.VITE_BACKEND === 'http'
      ? { scenarioNotice: null }
      : import('../mocks/browser').then((m) => m.startBackend()),
    import('./app/app'),
  ]);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App notice={backend.scenarioNotice} />
    </StrictMode>,
  );
}

boot().catch((error: unknown) => {
  // The page must never stay blank: say what happened and offer Reload and Reset demo data.
  const root = document.getElementById('root') ?? document.body;
  renderBootFailure(root, error, undefined, { demo: import.meta.env.VITE_BACKEND !== 'http' });
});
