// On the large scenario, with the demo's latency on, each page shows a skeleton of its own layout while
// it loads (issue 15: never an empty frame): its title (or the title's bar), then the table or panels it
// will hold, announced as busy under its name, until the page itself is there.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { setDemo } from './support/demo-api';

/** Waits for the page's skeleton (a titled, busy layout with height), then for the page it stood for. */
async function loadsThroughSkeleton(page: Page, heading: string | RegExp) {
  const main = page.getByRole('main');
  const busy = main.locator('[aria-busy="true"]').first();
  await expect(busy).toBeVisible();
  await expect(busy).toHaveAttribute('aria-label', /\S/);
  const box = await busy.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThan(100);
  // The header is there from the start: the page's own title, or the skeleton's bar in its place.
  await expect(
    main.getByRole('heading', { level: 1 }).or(main.locator('.page-skeleton-header')).first(),
  ).toBeVisible();
  await expect(main.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
  await expect(main.locator('[aria-busy="true"]')).toHaveCount(0);
}

test('large scenario, slow network: every page loads through a skeleton of its layout', async ({ page }) => {
  await page.goto('/?scenario=large');
  await expect(page.getByRole('banner')).toContainText('Initech');
  await expect(page.getByRole('table', { name: 'Users of the organization' })).toBeVisible();
  await setDemo(page, { latencyMs: 1500 });
  const nav = page.getByRole('navigation', { name: 'Main' });
  // (Not Teams: the navigation's team list has already read what the Teams page shows.)
  for (const [link, heading] of [
    ['Roles', 'Roles'],
    ['Audit log', 'Audit log'],
    ['Settings', 'Settings'],
  ] as const) {
    await nav.getByRole('link', { name: link, exact: true }).click();
    await loadsThroughSkeleton(page, heading);
  }
  // A team's page, then one of its projects.
  const team = nav.getByRole('list', { name: 'Your teams' }).getByRole('link').first();
  const teamName = (await team.innerText()).trim().split(/\s/)[0] ?? '';
  await team.click();
  await loadsThroughSkeleton(page, new RegExp(teamName));
  const project = page.getByRole('table', { name: 'Projects' }).getByRole('link').first();
  const projectName = (await project.innerText()).trim();
  await project.click();
  await loadsThroughSkeleton(page, new RegExp(projectName));
});
