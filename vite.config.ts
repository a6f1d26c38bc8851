import { copyFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin, Rolldown } from 'vite';
import { paintBootIntro } from './src/boot/boot-intro.ts';
import { ORG_PAGE_INTROS } from './src/lib/page-intros.ts';
import { SCENARIO_NAMES } from './src/api/scenario-names.ts';
import { startBackendEarly } from './mocks/worker/early-start.ts';
import { BACKEND_WORKER_NAME, LEGACY_STATE_KEY } from './mocks/worker/protocol.ts';
import { defineConfig } from 'vitest/config';

// Static hosts answer unknown paths with 404.html: make that the app too, so deep links and
// reloads of any route work (see docs/decisions/0002-static-hosting.md).
function spaFallback(): Plugin {
  let outDir = 'dist';
  return {
    name: 'spa-fallback-404',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      copyFileSync(resolve(outDir, 'index.html'), resolve(outDir, '404.html'));
    },
  };
}

// The shared server's build (`--mode server`, .env.server) registers no service worker: leave MSW's
// script (copied from public/) out, so nothing of the in-browser backend is served.
function noServiceWorker(): Plugin {
  let outDir = 'dist';
  return {
    name: 'no-service-worker',
    apply: (_config, { command, mode }) => command === 'build' && mode === 'server',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      for (const file of ['mockServiceWorker.js', 'backend-service-worker.js']) rmSync(resolve(outDir, file), { force: true });
    },
  };
}

// The app's own modules in one chunk: everything src/app/app.tsx imports statically (and neither main.tsx
// nor the page's side of the backend, mocks/browser.ts, does) goes into `app`: the backend starts beside
// the app, so it must not wait for (or fail with) the app's chunk. Left to itself the bundler cut them into ~22 small chunks shared with the pages,
// all requested at once behind index.js: on HTTP/1.1's six connections, rounds of requests (ADR 0022).
const staticClosure = (entry: string, info: (id: string) => Rolldown.ModuleInfo | null): Set<string> => {
  const seen = new Set<string>();
  const stack = [entry];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(info(id)?.importedIds ?? []));
  }
  return seen;
};
function firstPageChunks(): (
  id: string,
  ctx: { getModuleInfo(id: string): Rolldown.ModuleInfo | null },
) => string | null {
  let app: Set<string> | null = null;
  return (id, ctx) => {
    if (!app) {
      const info = (m: string) => ctx.getModuleInfo(m);
      app = staticClosure(resolve(import.meta.dirname, 'src/app/app.tsx'), info);
      for (const entry of ['src/main.tsx', 'mocks/browser.ts'])
        for (const m of staticClosure(resolve(import.meta.dirname, entry), info)) app.delete(m);
    }
    return app.has(id) ? 'app' : null;
  };
}

// The first paint shows the opened page's title and intro (src/boot/boot-intro.ts): the painter and the
// pages' intros table are written into index.html, ahead of the app's script.
function bootIntro(): Plugin {
  let base = '/';
  return {
    name: 'boot-intro',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: () => [
      {
        tag: 'script',
        injectTo: 'body',
        children: `(${paintBootIntro.toString()})(${JSON.stringify(ORG_PAGE_INTROS)}, ${JSON.stringify(base)}, document);`,
      },
    ],
  };
}

// The shared backend starts while the app's scripts download (mocks/worker/early-start.ts): the build
// writes its worker's address into index.html. Not in the dev server (its worker address differs) nor
// in the shared server's build (no backend in the page).
function earlyBackend(): Plugin {
  let base = '/';
  return {
    name: 'early-backend',
    apply: (_config, { command, mode }) => command === 'build' && mode !== 'server',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const worker = Object.keys(ctx.bundle ?? {}).find((file) =>
          /(^|\/)backend-worker-[\w-]+\.js$/.test(file),
        );
        if (!worker) throw new Error('early-backend: the build has no backend-worker chunk');
        const args = [`${base}${worker}`, BACKEND_WORKER_NAME, SCENARIO_NAMES, LEGACY_STATE_KEY.source];
        return [
          {
            tag: 'script',
            injectTo: 'head',
            children: `(${startBackendEarly.toString()})(${args.map((a) => JSON.stringify(a)).join(', ')});`,
          },
        ];
      },
    },
  };
}

// BASE_PATH serves the build from a sub-folder (e.g. BASE_PATH=/console/ npm run build).
// VITE_CACHE_DIR gives the dev-server journeys their own dependency cache, fresh every run, as after
// `npm install`, without wiping the one a developer's `npm start` is using (playwright.config.ts).
export default defineConfig(({ mode }) => ({
  base: process.env.BASE_PATH ?? '/',
  cacheDir: process.env.VITE_CACHE_DIR ?? 'node_modules/.vite',
  plugins: [react(), spaFallback(), noServiceWorker(), bootIntro(), earlyBackend()],
  // The page and the worker get a cookie-less stand-in for MSW's cookie jar (mocks/stand-ins, ADR 0022);
  // the Node tests keep the real one, so they would notice a handler that starts setting cookies.
  resolve: {
    alias:
      mode === 'test'
        ? []
        : [
            {
              find: 'tough-cookie',
              replacement: resolve(import.meta.dirname, 'mocks/stand-ins/tough-cookie.ts'),
            },
          ],
  },
  // The builds' folders are not sources: the shared-server tests build dist-server/ while the dev-server
  // journeys run, and a watched change reloaded their page mid-test (a service worker update then 404ed).
  server: {
    port: 5173,
    strictPort: false,
    watch: { ignored: ['**/dist/**', '**/dist-server/**', '**/data/**'] },
  },
  preview: { port: 4173 },
  build: {
    sourcemap: true,
    chunkSizeWarningLimit: 800,
    // Not in the shared server's build: without the in-browser backend its chunks order differently, and
    // the grouped app chunk then ran before a module it needs ("Cannot convert undefined or null to object").
    rolldownOptions:
      mode === 'server'
        ? {}
        : {
            output: {
              codeSplitting: {
                groups: [
                  { name: firstPageChunks(), debugName: 'app', includeDependenciesRecursively: false },
                ],
              },
            },
          },
  },
  // The backend runs in a module SharedWorker (mocks/worker): ES output lets it split chunks.
  worker: { format: 'es' },
  test: {
    include: [
      'mocks/**/*.test.ts',
      'src/**/*.test.{ts,tsx}',
      'tests/**/*.test.{ts,tsx}',
      'bench/**/*.test.ts',
    ],
    benchmark: { include: ['bench/**/*.bench.ts'] },
    environment: 'node',
    // Two cores on this machine and in CI.
    maxWorkers: 2,
    // A budget against hangs, not a speed test (speed is measured in `npm run bench`): tests that build
    // the 10,000-user scenario take seconds on a busy 2-core machine, so the 5 s default would flake.
    testTimeout: 60_000,
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
}));
