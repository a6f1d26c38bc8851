// When the console cannot start, the page says what happened and never leaves a person stuck: Reload
// tries again, Reset demo data forgets the demo's stored state first (ADR 0013). The failure is forced by
// answering the app's chunk with a 503, as a busy or restarting server would.
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { USERS_URL } from './support/console';

// The app's chunk in the build (assets/app-<hash>.js), or its entry module on the dev server.
const APP_CHUNK = /\/(assets\/app-[\w-]+\.js|src\/app\/app\.tsx)(\?|$)/;

async function failTheAppChunk(page: Page): Promise<void> {
  await page.route(APP_CHUNK, (route) => route.fulfill({ status: 503, body: 'Service Unavailable' }));
}

async function expectBootFailure(page: Page) {
  const alert = page.getByRole('alert');
  await expect(
    alert.getByRole('heading', { level: 1, name: 'Access Console could not start' }),
  ).toBeVisible();
  await expect(alert).toContainText('Failed to fetch dynamically imported module');
  await expect(page.getByRole('button', { name: 'Reload' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Reset demo data' })).toBeEnabled();
}

test('a console that cannot start says so, and Reload tries again', async ({ page, expectRefusal }) => {
  expectRefusal(503, APP_CHUNK, { count: 1, atMost: 2 });
  await failTheAppChunk(page);
  await page.goto(USERS_URL);
  await expectBootFailure(page);
  await expectNoSeriousA11yViolations(page);

  // The server is back: Reload boots the console where the person was.
  await page.unroute(APP_CHUNK);
  await page.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByRole('table', { name: 'Users of the organization' })).toBeVisible();
  await expect(page).toHaveURL(USERS_URL);
});

test('Reset demo data clears the stored state and starts on a fresh scenario', async ({
  page,
  expectRefusal,
}) => {
  expectRefusal(503, APP_CHUNK, { count: 1, atMost: 2 });
  // Stored state that would otherwise be reported on the next start, and a database of the demo.
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', 'yes');
    localStorage.setItem('access-console:v1', 'not json');
    localStorage.setItem('not-the-demo', 'keep');
    indexedDB.open('access-console-probe').onsuccess = (event) =>
      (event.target as IDBOpenDBRequest).result.close();
  });
  await failTheAppChunk(page);
  await page.goto(USERS_URL);
  await expectBootFailure(page);
  await expect
    .poll(() => page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name)))
    .toContain('access-console-probe');

  await page.unroute(APP_CHUNK);
  await page.getByRole('button', { name: 'Reset demo data' }).click();
  await expect(page.getByRole('table', { name: 'Users of the organization' })).toBeVisible();
  // Fresh: no report about a saved state that could not be loaded, and the demo's database is gone.
  await expect(page.getByRole('alert').filter({ hasText: /saved demo state/i })).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('access-console:v1'))).not.toBe('not json');
  expect(await page.evaluate(() => localStorage.getItem('not-the-demo'))).toBe('keep');
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name))).not.toContain(
    'access-console-probe',
  );
});
