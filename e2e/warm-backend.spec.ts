// A reload or a link opened by its address in the only tab finds the shared backend still running (the
// SharedWorker's extendedLifetime, ADR 0022), instead of building the world again: every such load is
// still controlled by the service worker and answered, a change made before it is there after it, and
// Reset demo data on the boot-failure screen still starts the demo afresh while that backend lives.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { openUsers, TEAMS_URL, toast, USERS_URL } from './support/console';

/** The shared backends running in this browser context (Chromium's targets), by id. */
async function sharedBackends(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    return targetInfos.filter((target) => target.type === 'shared_worker').map((target) => target.targetId);
  } finally {
    await cdp.detach();
  }
}

const APP_CHUNK = /\/assets\/app-[\w-]+\.js(\?|$)/;

test('a reload and a deep link find the same backend; a change survives them; Reset demo data still resets', async ({
  page,
  expectRefusal,
}) => {
  await openUsers(page);
  const backends = await sharedBackends(page);
  expect(backends).toHaveLength(1);

  const role = page.getByRole('combobox', { name: 'Org role for Mateo Garcia' });
  await role.click();
  await page.getByRole('option', { name: 'Admin' }).click();
  await expect(toast(page, 'Mateo Garcia is now Admin', { exact: true })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Org role for Mateo Garcia' })).toHaveText(/^Admin/);
  await page.goto(TEAMS_URL);
  await expect(page.getByRole('heading', { name: 'Teams', level: 1 })).toBeVisible();
  await expect(page.getByRole('table').first()).toBeVisible();
  await openUsers(page);
  await expect(page.getByRole('combobox', { name: 'Org role for Mateo Garcia' })).toHaveText(/^Admin/);
  expect(await sharedBackends(page)).toEqual(backends);

  // The console cannot start once; Reset demo data deletes the store and the service worker while the
  // backend still runs, and the next load is a fresh demo, controlled and answered.
  expectRefusal(503, APP_CHUNK, { count: 1, atMost: 2 });
  // On the context: this page is controlled, so the service worker fetches the chunk (page.route would
  // not see it).
  await page.context().route(APP_CHUNK, (route) => route.fulfill({ status: 503, body: 'Service Unavailable' }));
  await page.goto(USERS_URL);
  await expect(page.getByRole('heading', { level: 1, name: 'Access Console could not start' })).toBeVisible();
  await page.context().unroute(APP_CHUNK);
  await page.getByRole('button', { name: 'Reset demo data' }).click();
  await expect(page.getByRole('table', { name: 'Users of the organization' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Org role for Mateo Garcia' })).toHaveText(/^Member/);
});
