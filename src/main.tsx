// Boot: start the in-browser backend (its own chunk) and load the app in parallel, then render.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/index.css';

async function boot() {
  const [backend, { App }] = await Promise.all([
    import('../mocks/browser').then((m) => m.startBackend()),
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
  const root = document.getElementById('root');
  if (root) {
    root.textContent = '';
    const box = document.createElement('div');
    box.className = 'boot-failure';
    box.setAttribute('role', 'alert');
    const title = document.createElement('h1');
    title.textContent = 'Access Console could not start';
    const text = document.createElement('p');
    text.textContent = error instanceof Error ? error.message : String(error);
    box.append(title, text);
    root.append(box);
  }
});
