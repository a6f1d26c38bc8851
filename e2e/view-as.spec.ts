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
  test('someone from another org sees a plain "no access" page, without Acme’s chrome or a Retry', async ({
    page,
  }) => {
    await openUsers(page);
    await viewAs(page, 'Sven Berg');
    await expect(page.getByRole('status', { name: 'Acting user' })).toContainText('outside Acme ML');
    // The server's answer, said once: no org navigation, no teams, no placeholders, no Retry.
    await expect(
      page.getByRole('heading', { name: 'You don’t have access to Acme ML', level: 1 }),
    ).toBeVisible();
    await expect(page.getByText('Sven Berg is not in organization Acme ML.')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    await expect(page.getByText('Teams could not be loaded')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    // Every org page says the same; and the way back leads to their own org.
    await page.goto('/account-settings/acme-ml/roles');
    await expect(page.getByRole('heading', { name: 'You don’t have access to Acme ML' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to Globex' }).click();
    await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Users of the organization' })).toContainText('Sven Berg');
  });

  test('an org that does not exist is a 404 page without Retry', async ({ page, expectRefusal }) => {
    expectRefusal(404, '/api/orgs/no-such-org');
    await page.goto('/account-settings/no-such-org/users');
    await expect(page.getByRole('heading', { name: 'Organization not found', level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  });

  test('a signed-out visitor on an org page is asked to sign in, not shown the org', async ({ page }) => {
    await openUsers(page);
    await page.evaluate(() =>
      fetch('/api/session', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userId: null }),
      }),
    );
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Sign in to see Acme ML', level: 1 })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
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
