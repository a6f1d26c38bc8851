// @vitest-environment jsdom
// index.html's early start of the shared backend: the same hello the app sends, or none at all.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startBackendEarly } from './early-start';
import { BACKEND_WORKER_NAME, LEGACY_STATE_KEY } from './protocol';

const SCENARIOS = ['default', 'large'];

function stubSharedWorker() {
  const started: { url: string; name: string | undefined; hello: unknown }[] = [];
  class FakeSharedWorker {
    port = { start: () => undefined, postMessage: (hello: unknown) => started.push({ ...this.made, hello }) };
    made: { url: string; name: string | undefined };
    constructor(url: string, options: WorkerOptions) {
      this.made = { url, name: options.name };
    }
  }
  vi.stubGlobal('SharedWorker', FakeSharedWorker);
  return started;
}

const start = () =>
  startBackendEarly('/assets/backend-worker-x.js', BACKEND_WORKER_NAME, SCENARIOS, LEGACY_STATE_KEY.source);

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('the early start of the shared backend', () => {
  it('joins the backend with the page’s scenario, checked as the app checks it', () => {
    const started = stubSharedWorker();
    window.history.replaceState(null, '', '/?scenario=large');
    start();
    window.history.replaceState(null, '', '/?scenario=nonsense');
    start();
    window.history.replaceState(null, '', '/account-settings/acme-ml/users');
    start();
    expect(started).toEqual([
      {
        url: '/assets/backend-worker-x.js',
        name: BACKEND_WORKER_NAME,
        hello: { kind: 'hello', scenario: 'large', legacy: [] },
      },
      {
        url: '/assets/backend-worker-x.js',
        name: BACKEND_WORKER_NAME,
        hello: { kind: 'hello', scenario: null, legacy: [] },
      },
      {
        url: '/assets/backend-worker-x.js',
        name: BACKEND_WORKER_NAME,
        hello: { kind: 'hello', scenario: null, legacy: [] },
      },
    ]);
  });

  it('leaves a demo state kept in localStorage to the app, which carries it over', () => {
    const started = stubSharedWorker();
    localStorage.setItem('access-console:v7', '{}');
    start();
    expect(started).toEqual([]);
  });

  it('does nothing where the browser has no SharedWorker (the app elects a leader tab)', () => {
    vi.stubGlobal('SharedWorker', undefined);
    expect(() => start()).not.toThrow();
  });
});
