import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { openUsers, TEAMS_URL, toast, USERS_URL, viewAs } from './support/console';

test('the default scenario opens on the Users page of Acme ML as an org admin', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(new RegExp(`${USERS_URL}$`));
  await expect(page.getByRole('banner')).toContainText('Acme ML');
  await expect(page.getByRole('banner')).toContainText('Enterprise');
  await expect(page.getByRole('status', { name: 'Acting user' })).toContainText('Ava Chen');
  await expect(page.getByRole('status', { name: 'Acting user' })).toContainText('Admin of Acme ML');
  await expect(page.getByRole('row')).toHaveCount(26); // header + 25 rows per page
  await expect(page.getByText('Full Models seats')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('the user menu has an Account section with the org pages, and the left nav lists teams', async ({
  page,
}) => {
  await openUsers(page);
  await page.getByRole('button', { name: 'User menu' }).click();
  const menu = page.getByRole('menu');
  await expect(menu.getByText('Account', { exact: true })).toBeVisible();
  await menu.getByRole('menuitem', { name: 'Teams' }).click();
  await expect(page).toHaveURL(new RegExp(`${TEAMS_URL}$`));
  const nav = page.getByRole('navigation', { name: 'Main' });
  // An org admin sees every team, the hidden one included: theirs first, then the others, each by name.
  const links = (list: string) => nav.getByRole('list', { name: list }).getByRole('link');
  await expect(links('Your teams')).toHaveText([/^ml-research/]);
  await expect(links('Other teams')).toHaveText([/^infra/, /^llm-platform/, /^safety-evals/, /^vision/]);
});

test('the left nav as an org Viewer in two teams: theirs first, each group by name, under its heading', async ({
  page,
}) => {
  await openUsers(page);
  await viewAs(page, 'Erin Walsh');
  const nav = page.getByRole('navigation', { name: 'Main' });
  const links = (list: string) => nav.getByRole('list', { name: list }).getByRole('link');
  await expect(links('Your teams')).toHaveText([/^ml-research/, /^vision/]);
  // safety-evals is hidden from her: the others are the teams she may see, by name.
  await expect(links('Other teams')).toHaveText([/^infra/, /^llm-platform/]);
  await expect(nav.getByText('Your teams', { exact: true })).toBeVisible();
  await expect(nav.getByText('Other teams', { exact: true })).toBeVisible();
});

test('the Teams page lists each team with member and project counts', async ({ page }) => {
  await page.goto(TEAMS_URL);
  const table = page.getByRole('table', { name: 'Teams' });
  await expect(table).toBeVisible();
  const row = table.getByRole('row', { name: /safety-evals/ });
  await expect(row).toContainText('Hidden');
  await expect(row).toContainText(/\d+ members/);
  await expect(row).toContainText(/\d+ projects?/);
  await expectNoSeriousA11yViolations(page);
});

test('an unknown address shows a helpful not-found page inside the shell', async ({ page }) => {
  await page.goto('/account-settings/acme-ml/nowhere/at/all');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the Users page' }).click();
  await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();
});

test('the left navigation stays short in a 200-team org and links to all teams', async ({ page }) => {
  await page.goto('/?scenario=large');
  const nav = page.getByRole('navigation', { name: 'Main' });
  // The page first generates the 10,000-user scenario (mocks/db/scenarios): ~1.7 s of CPU, the one
  // step here that outgrows the global budget when the machine is busy.
  await expect(nav.getByRole('link', { name: 'All 200 teams →' })).toBeVisible({ timeout: 15_000 });
  await expect(nav.getByRole('region', { name: 'Teams' }).getByRole('link')).toHaveCount(11);
  await nav.getByRole('link', { name: 'All 200 teams →' }).click();
  await expect(page.getByRole('heading', { name: 'Teams', level: 1 })).toBeVisible();
});

test('at 1024×768 a toast never hides a navigation link: the navigation keeps its height free', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openUsers(page, '?q=mateo');
  await page.getByRole('combobox', { name: 'Org role for Mateo Garcia' }).click();
  await page.getByRole('option', { name: 'Admin' }).click();
  await expect(toast(page, 'Mateo Garcia is now Admin', { exact: true })).toBeVisible();
  // The navigation's last links sat under the toast; they can still be scrolled out and clicked.
  const nav = page.getByRole('navigation', { name: 'Main' });
  const last = nav.getByRole('button', { name: 'Create new project' });
  // Scrolled as far as the page goes, the link ends above the toast (the toast is fixed at the bottom).
  const clear = await last.evaluate((link) => {
    const notice = document.querySelector('.toast');
    if (!notice) return 'no toast';
    const lowest = document.documentElement.scrollHeight - window.innerHeight;
    const bottom = link.getBoundingClientRect().bottom + window.scrollY - lowest;
    return bottom <= notice.getBoundingClientRect().top ? 'clear' : `covered (${Math.round(bottom)} px)`;
  });
  expect(clear).toBe('clear');
  await last.click();
  await expect(page.getByRole('dialog', { name: 'Create new project' })).toBeVisible();
});

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
]) {
  test(`at ${viewport.width}×${viewport.height} a toast covers nothing in the page: no column, no row action`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    // A full page of rows, scrolled to its end: the last rows' actions are where a toast used to sit.
    await openUsers(page);
    await page.getByRole('combobox', { name: 'Org role for Mateo Garcia' }).click();
    await page.getByRole('option', { name: 'Admin' }).click();
    await expect(toast(page, 'Mateo Garcia is now Admin', { exact: true })).toBeVisible();
    for (const end of ['top', 'bottom'] as const) {
      await page.evaluate((to) => window.scrollTo(0, to === 'top' ? 0 : document.body.scrollHeight), end);
      const covered = await page.evaluate(() => {
        const notice = document.querySelector('.toast')?.getBoundingClientRect();
        if (!notice) return ['no toast'];
        const overlaps = (r: DOMRect) =>
          r.width > 0 &&
          r.left < notice.right &&
          r.right > notice.left &&
          r.top < notice.bottom &&
          r.bottom > notice.top;
        return [...document.querySelectorAll('main td, main th, main button, main a, main [role="combobox"]')]
          .filter((el) => overlaps(el.getBoundingClientRect()))
          .map((el) => el.textContent?.trim().slice(0, 40) ?? el.tagName);
      });
      expect(covered, `scrolled to the ${end}`).toEqual([]);
    }
  });
}
