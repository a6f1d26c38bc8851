// Issue 14 in the browser: a sign-up picks the recommended teams of its domain's org, the first of an
// unclaimed company domain creates its org (then View as its Admin), and a person in two orgs switches
// between them from the header.
import { expect, test } from './support/fixtures';
import { openDemoPanel, openUsers, viewAs } from './support/console';

const SHOTS = process.env.SHOTS_DIR;
const shot = async (page: import('@playwright/test').Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}-${page.viewportSize()?.width ?? 0}.png` });
};

for (const size of [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
]) {
  test(`sign-up: recommended teams of a claimed domain, and a new domain creates its org (${size.width})`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await openUsers(page);
    const panel = await openDemoPanel(page);
    const signup = panel.getByRole('region', { name: 'Sign up with an email' });
    await signup.getByRole('textbox', { name: 'Name', exact: true }).fill('Quinn Park');
    await signup.getByRole('textbox', { name: 'Email' }).fill('quinn.park@acme-ml.com');
    const teams = signup.getByRole('group', { name: /Teams recommended to acme-ml.com/ });
    await expect(teams).toBeVisible();
    await expect(teams.getByRole('checkbox', { name: /\(default team\)/ })).toBeDisabled();
    await signup.scrollIntoViewIfNeeded();
    await shot(page, 'signup-teams');
    await signup.getByRole('textbox', { name: 'Email' }).fill('kim@newco.io');
    await expect(signup.getByRole('checkbox', { name: 'Create Newco for newco.io' })).toBeChecked();
    await signup.getByRole('textbox', { name: 'Name', exact: true }).fill('Kim Lee');
    await shot(page, 'signup-new-org');
    await signup.getByRole('button', { name: 'Sign up' }).click();
    const outcome = signup.getByRole('status', { name: 'What happened' });
    await expect(outcome).toContainText('Created Newco');
    await expect(outcome).toContainText('they are its Admin with a Full Models seat');
    await outcome.getByRole('button', { name: 'View as Kim Lee' }).click();
    // Kim is in Newco only: Acme's page says so (the session carries it, no refused request; ADR 0023),
    // and the header offers Newco.
    await expect(page.getByRole('heading', { name: /You don.t have access to Acme ML/ })).toBeVisible();
    const switcher = page.getByRole('combobox', { name: 'Organization' });
    await switcher.click();
    await page.getByRole('option', { name: /Newco/ }).click();
    await expect(page).toHaveURL(/\/account-settings\/newco\/users/);
    await expect(page.getByRole('table', { name: 'Users of the organization' })).toContainText('Kim Lee');
    await shot(page, 'new-org-users');
  });

  test(`a person in two orgs switches between them (${size.width})`, async ({ page }) => {
    await page.setViewportSize(size);
    await openUsers(page);
    await viewAs(page, 'Samir Khan');
    const switcher = page.getByRole('combobox', { name: 'Organization' });
    await switcher.click();
    await expect(page.getByRole('option', { name: /Globex/ })).toBeVisible();
    await shot(page, 'org-switcher');
    await page.getByRole('option', { name: /Globex/ }).click();
    await expect(page).toHaveURL(/\/account-settings\/globex\/users/);
    await expect(page.getByRole('status', { name: 'Acting user' })).toContainText('Samir Khan');
    await page.getByRole('button', { name: 'User menu' }).click();
    await expect(page.getByRole('menuitem', { name: 'Acme ML (default)' })).toBeVisible();
    await shot(page, 'default-api-org');
  });
}
