import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { columnTexts, openUsers, viewAs } from './support/console';

test('View as a Member: the banner names them, invites disappear, hidden teams stay hidden', async ({
  page,
}) => {
  await openUsers(page);
  // As an admin, pending invites are rows of the list.
  await expect(page.getByText('Invited', { exact: true }).first()).toBeVisible();
  await viewAs(page, 'Carla Mendes');
  await expect(page.getByRole('status', { name: 'Acting user' })).toContainText('Member of Acme ML');
  await expect(page.locator('td[data-column="status"]').getByText('Invited', { exact: true })).toHaveCount(0);
  await expect(page.getByText('Full Models seats')).toHaveCount(0);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: /^vision/ })).toBeVisible();
  await expect(nav.getByRole('link', { name: /safety-evals/ })).toHaveCount(0);
  const teams = (await columnTexts(page, 'teams')).join(' ');
  expect(teams).not.toContain('safety-evals');
  await expectNoSeriousA11yViolations(page, { include: ['main', 'nav[aria-label="Main"]'] });
});

test('View as an org Viewer shows the read-only view; switching back restores the admin view', async ({
  page,
}) => {
  await openUsers(page);
  await viewAs(page, 'Erin Walsh');
  await expect(page.getByRole('status', { name: 'Acting user' })).toContainText('Viewer of Acme ML');
  await expect(page.getByRole('table', { name: 'Users of the organization' })).toBeVisible();
  await expect(page.getByText('Full Models seats')).toHaveCount(0);
  await viewAs(page, 'Ava Chen');
  await expect(page.getByText('Full Models seats')).toBeVisible();
});

test.describe('outside the org', () => {
  test('View as someone outside the org: the org pages refuse with the reason', async ({
    page,
    expectRefusal,
  }) => {
    // The refusal is the point: the Users page and the nav ask again as the outsider.
    expectRefusal(403, '/api/orgs/acme-ml/users?sort=name&dir=asc&page=1&pageSize=25');
    const others = [
      expectRefusal(403, '/api/orgs/acme-ml/teams'),
      expectRefusal(403, '/api/orgs/acme-ml/invites/options'),
    ];
    await openUsers(page);
    await page.getByRole('button', { name: 'User menu' }).click();
    await page.getByRole('menuitem', { name: 'View as…' }).click();
    const dialog = page.getByRole('dialog', { name: 'View as' });
    await dialog.getByLabel('Search people').fill('globex');
    await dialog
      .getByRole('button', { name: /Outside the org/ })
      .first()
      .click();
    await expect(page.getByRole('status', { name: 'Acting user' })).toContainText('outside Acme ML');
    const alert = page.getByRole('alert').filter({ hasText: 'Not allowed' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(/Acme ML/);
    for (const refusal of others) await refusal.happened();
  });
});

test('an Undo belongs to whoever made the change: switching View as takes it away', async ({ page }) => {
  await openUsers(page, '?q=erin');
  await page.getByRole('combobox', { name: 'Org role for Erin Walsh' }).click();
  await page.getByRole('option', { name: /^Member/ }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  // Run now, that Undo would act as Carla (and be refused); it goes with the person who made the change.
  await viewAs(page, 'Carla Mendes');
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
});
