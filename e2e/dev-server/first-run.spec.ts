// The first run, the way a developer meets it: `npm start` on a fresh dependency cache (this project's
// web server starts Vite with --force and its own cacheDir), then deep links and reloads of every route
// in one browser context, so the mock service worker stays registered between them. Reloads used to end
// on "Access Console could not start" (docs/decisions/0013-first-run.md). The fixture fails the test on
// any console error.
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { ORG } from '../support/console';

interface RouteCase {
  /** The deep link. */
  path: string;
  /** Where the app leaves it (redirects). */
  lands: string;
  /** The page's level-1 heading once it has booted. */
  heading: string | RegExp;
}

const org = `/account-settings/${ORG}`;
const users = `${org}/users`;
const project = '/vision/vision-baselines';

// Every route of src/app/router.tsx, the redirects included.
const ROUTES: RouteCase[] = [
  { path: '/', lands: users, heading: 'Users' },
  { path: org, lands: users, heading: 'Users' },
  { path: users, lands: users, heading: 'Users' },
  { path: `${org}/teams`, lands: `${org}/teams`, heading: 'Teams' },
  { path: `${org}/roles`, lands: `${org}/roles`, heading: 'Roles' },
  { path: `${org}/access`, lands: `${org}/access`, heading: 'Access' },
  { path: `${org}/audit-log`, lands: `${org}/audit-log`, heading: 'Audit log' },
  { path: `${org}/settings`, lands: `${org}/settings`, heading: 'Settings' },
  { path: '/vision', lands: '/vision', heading: 'vision' },
  { path: '/vision/settings', lands: '/vision/settings', heading: 'Team settings' },
  { path: project, lands: `${project}/overview`, heading: /^vision-baselines/ },
  { path: `${project}/overview`, lands: `${project}/overview`, heading: /^vision-baselines/ },
  { path: `${project}/users`, lands: `${project}/users`, heading: /^vision-baselines/ },
  { path: '/no/such/page/here', lands: '/no/such/page/here', heading: 'Page not found' },
];
const RELOADS = 3;

/** The page booted: its heading is up, nothing is loading, and it is not the boot-failure screen. */
async function expectBooted(page: Page, route: RouteCase): Promise<void> {
  const heading = page.getByRole('heading', { level: 1, name: route.heading, exact: true });
  const failure = page.getByRole('alert').filter({ hasText: 'could not start' });
  await expect(heading.or(failure)).toBeVisible({ timeout: 30_000 });
  // Fail at once with the screen's own words rather than after a timeout.
  if (await failure.isVisible())
    throw new Error(`Boot failure on ${route.path}: ${await failure.innerText()}`);
  await expect(page).toHaveURL((url) => url.pathname === route.lands);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 15_000 });
}

test('every route opens by deep link and survives reloads, from a fresh install on', async ({ page }) => {
  // Under a loaded CPU the first visit also waits for Vite to bundle the dependencies.
  test.setTimeout(15 * 60_000);

  // Every document load in this tab is one we asked for: Vite's optimizer or MSW reloading the page by
  // itself (a dependency found late, an uncontrolled page) would tear a boot apart, so it must not happen.
  let documentLoads = 0;
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) documentLoads += 1;
  });
  let asked = 0;

  for (const route of ROUTES) {
    await test.step(`${route.path}: deep link and ${RELOADS} reloads`, async () => {
      await page.goto(route.path);
      asked += 1;
      await expectBooted(page, route);
      for (let i = 0; i < RELOADS; i += 1) {
        await page.reload();
        asked += 1;
        await expectBooted(page, route);
      }
    });
  }
  expect(documentLoads, 'page loads the test did not ask for (a reload by Vite or MSW)').toBe(asked);
});
