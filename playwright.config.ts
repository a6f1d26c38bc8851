import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium-path.mjs';

const CI = !!process.env.CI;
// E2E_PORT lets several people run the suite at once on one machine, each on its own build folder.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const OUT_DIR = PORT === 4173 ? 'dist' : `.e2e-dist/${PORT}`;

// Journeys run against the production build served statically (`vite preview`), through the real MSW
// service worker — the same thing users get. See docs/decisions/0001-tooling.md.
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
  timeout: 30_000,
  expect: { timeout: 5_000 },
  // scripts/test.mjs adds a JSON reporter (--reporter=…,json) to count results.
  reporter: CI ? 'line' : 'list',
  use: {
    baseURL: `http://localhost:${PORT}`,
    screenshot: 'only-on-failure',
    // With no retries, 'on-first-retry' would never record: keep the trace of any failing test.
    trace: 'retain-on-failure',
    // Service workers stay allowed (the default): the mock backend is one.
    serviceWorkers: 'allow',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          // Playwright cannot download browsers here: use Debian's Chromium (or $CHROMIUM_PATH).
          executablePath: findChromium(),
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  webServer: {
    command: `npx vite build --outDir ${OUT_DIR} && npx vite preview --outDir ${OUT_DIR} --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !CI,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
