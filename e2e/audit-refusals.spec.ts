import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { ORG, openUsers, viewAs } from './support/console';

test('a Member sees no Audit log link, and the page refuses with the engine reason', async ({
  page,
  expectRefusal,
}) => {
  // Once on switching to Carla on the page, once on opening it again.
  expectRefusal(403, '/api/orgs/acme-ml/audit-log?page=1&pageSize=25', { count: 2 });
  await openUsers(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Audit log' }).click();
  // A demo starts with months of history (default-history.ts).
  await expect(page.getByRole('table', { name: 'Audit log entries, newest first' })).toBeVisible();
  // Switching person on the page replaces what the admin saw with the refusal.
  await viewAs(page, 'Carla Mendes');
  await expect(page.getByRole('alert')).toContainText('Only org Admins can see the audit log');
  await expect(nav.getByRole('link', { name: 'Roles' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Audit log' })).toHaveCount(0);
  await page.goto(`/account-settings/${ORG}/audit-log`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Not allowed');
  await expect(alert).toContainText('Only org Admins can see the audit log (organization:read_audit_log)');
  await expect(page.getByRole('button', { name: 'Export CSV' })).toHaveCount(0);
  // Asking again would be refused again: a 403 never offers Retry.
  await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, { include: 'main' });
});

test('without an Enterprise license an admin is told what the log needs', async ({ page, expectRefusal }) => {
  expectRefusal(403, '/api/orgs/pixel-forge/audit-log?page=1&pageSize=25');
  await page.goto('/?scenario=startup');
  await expect(page.getByRole('banner')).toContainText('Pixel Forge');
  await page.goto('/account-settings/pixel-forge/audit-log');
  await expect(page.getByText('The audit log is an Enterprise feature')).toBeVisible();
  await expect(page.getByText('The audit log needs an Enterprise license.')).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Audit log/ }),
  ).toContainText('Enterprise');
  await expectNoSeriousA11yViolations(page, { include: ['main', 'nav[aria-label="Main"]'] });
});
