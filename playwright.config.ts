import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium-path.mjs';
import { SHARED_PORT } from './e2e/support/shared-server';

const CI = !!process.env.CI;
// E2E_PORT lets several people run the suite at once on one machine, each on its own build folder.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const OUT_DIR = PORT === 4173 ? 'dist' : `.e2e-dist/${PORT}`;
// The dev server for e2e/dev-server (E2E_DEV_PORT, default 1100 above the preview port, clear of `npm
// start`'s 5173), with its own dependency cache that `--force` rebuilds: a fresh install each run.
const DEV_PORT = Number(process.env.E2E_DEV_PORT ?? PORT + 1100);
const DEV_CACHE_DIR = `node_modules/.vite-e2e/${DEV_PORT}`;

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    // Playwright cannot download browsers here: use Debian's Chromium (or $CHROMIUM_PATH).
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
  },
};

// Journeys run against the production build served statically (`vite preview`), through the real MSW
// service worker — the same thing users get. See docs/decisions/0001-tooling.md. The journeys in
// e2e/dev-server run against `npm start`'s dev server instead, the way a developer first meets the app
// (docs/decisions/0013-first-run.md).
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: CI,
  workers: 2,
  // No retries, anywhere: a retry that passes hides a flaky test (the report counts it as passed).
  // A test that fails once is a failure to fix at its cause. failOnFlakyTests makes the run fail should
  // anyone add retries back (scripts/test.mjs counts a flaky test as failed too).
  retries: 0,
  failOnFlakyTests: true,
  // Budgets for a shared 2-core machine, where `npm test` meets other work (a second CPU-bound process
  // in our load runs). There, one saved change (preview, PATCH, then the list and options refetched
  // through the in-page mock backend and re-rendered before the toast) took 1.6–5 s, and the longest
  // journeys (five changes in a row) up to 25 s. Waits are still on what the page shows and return as
  // soon as it shows it. Only the journeys that walk every page set their own budget, per page
  // (personas.spec.ts, dev-server/first-run.spec.ts).
  timeout: 45_000,
  expect: { timeout: 10_000 },
  // scripts/test.mjs adds a JSON reporter (--reporter=…,json) to count results.
  reporter: CI ? 'line' : 'list',
  use: {
    baseURL: `http://localhost:${PORT}`,
    screenshot: 'only-on-failure',
    // No trace by default: recording one snapshots the DOM at every step, about a third of the page's
    // CPU on a busy machine, for every test. To debug a failure: npx playwright test --trace on <file>.
    trace: 'off',
    // Service workers stay allowed (the default): the mock backend is one.
    serviceWorkers: 'allow',
  },
  // The long journeys first (a dev server's first run, the shared server's builds and restarts): started
  // last, they ran alone at the end while the other worker had nothing left to do.
  projects: [
    {
      // The shared server's console (issue 16): each journey starts `npm run serve`'s script itself, as a
      // child process it can kill -9 and start again, so its budget holds two server starts (a build of
      // dist-server/ first, when the sources are newer).
      name: 'shared-server',
      testMatch: 'shared-server.spec.ts',
      timeout: 180_000,
      use: { ...chromium, baseURL: `http://localhost:${SHARED_PORT}` },
    },
    {
      name: 'dev-server',
      testMatch: 'dev-server/**/*.spec.ts',
      // A flaky boot is the bug these journeys exist to catch: never hide it behind a retry.
      retries: 0,
      use: { ...chromium, baseURL: `http://localhost:${DEV_PORT}` },
    },
    { name: 'chromium', testIgnore: ['dev-server/**', 'shared-server.spec.ts'], use: chromium },
  ],
  webServer: [
    {
      command: `npx vite build --outDir ${OUT_DIR} && npx vite preview --outDir ${OUT_DIR} --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}`,
      reuseExistingServer: !CI,
      timeout: 120_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      // Never reused: the journeys need the fresh dependency cache this command starts with.
      command: `npx vite --port ${DEV_PORT} --strictPort --force`,
      env: { VITE_CACHE_DIR: DEV_CACHE_DIR },
      url: `http://localhost:${DEV_PORT}`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
  ],
});
