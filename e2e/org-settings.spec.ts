// Org settings as an org admin: every flow of General, Billing, Privacy and Security, tabs in the URL.
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { ORG } from './support/console';

const SETTINGS_URL = `/account-settings/${ORG}/settings`;

async function openSettings(page: import('@playwright/test').Page, search = '') {
  await page.goto(`${SETTINGS_URL}${search}`);
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
}

test('User menu > Account > Settings opens the page; tabs live in the URL; axe on each tab', async ({
  page,
}) => {
  await page.goto(`/account-settings/${ORG}/users`);
  await page.getByRole('button', { name: 'User menu' }).click();
  const items = page.getByRole('menuitem');
  await expect(items.first()).toHaveText('Settings');
  await expect(items.nth(1)).toHaveText('Users');
  await items.first().click();
  await expect(page).toHaveURL(SETTINGS_URL);
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }),
  ).toHaveAttribute('aria-current', 'page');
  for (const tab of ['Billing', 'Privacy', 'Security', 'General']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    await expect(
      page.getByRole('tabpanel', { name: tab }).getByRole('heading', { level: 2 }).first(),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page, { include: ['[role="tablist"]', '[role="tabpanel"]'] });
  }
  await page.getByRole('tab', { name: 'Privacy' }).click();
  await expect(page).toHaveURL(/\?tab=privacy$/);
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Privacy' })).toHaveAttribute('aria-selected', 'true');
  await openSettings(page, '?tab=nonsense');
  await expect(page.getByRole('tab', { name: 'General' })).toHaveAttribute('aria-selected', 'true');
});

test('Change name: validates as you type, keeps input, saves trimmed, the header follows', async ({
  page,
}) => {
  await openSettings(page);
  await page.getByRole('button', { name: 'Change name' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change name' });
  const name = dialog.getByRole('textbox', { name: 'Organization name' });
  await expect(name).toHaveValue('Acme ML');
  await name.fill('   ');
  await expect(dialog.getByText('Enter a name for the organization')).toBeVisible();
  await name.fill('x'.repeat(65));
  await expect(dialog.getByText('Use at most 64 characters')).toBeVisible();
  await dialog.getByRole('button', { name: 'Save name' }).click();
  await expect(dialog).toBeVisible();
  await expect(name).toHaveValue('x'.repeat(65));
  await expectNoSeriousA11yViolations(page, { include: '[role="dialog"]' });
  await name.fill('  Acme AI Research  ');
  await dialog.getByRole('button', { name: 'Save name' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('banner')).toContainText('Acme AI Research');
  await expect(page.getByRole('region', { name: 'Organization name' })).toContainText('Acme AI Research');
  await page.reload();
  await expect(page.getByRole('banner')).toContainText('Acme AI Research');
});

test.describe('domain capture', () => {
  test('a domain Globex holds is refused in place; then claim a new one with its default team, and release it', async ({
    page,
    expectRefusal,
  }) => {
    expectRefusal(409, '/api/orgs/acme-ml/settings/domains');
    await openSettings(page);
    await page.getByRole('button', { name: 'Claim domain' }).click();
    const dialog = page.getByRole('dialog', { name: 'Claim domain' });
    const domain = dialog.getByRole('textbox', { name: 'Email domain' });
    await domain.fill('not a domain');
    await expect(dialog.getByText(/Enter a domain such as/)).toBeVisible();
    await domain.fill('globex.io');
    await dialog.getByRole('button', { name: 'Claim email domain' }).click();
    await expect(dialog.getByText('globex.io is already claimed by another organization')).toBeVisible();
    await expect(domain).toHaveValue('globex.io');
    // Only teams recommending themselves to matching domains may be chosen; the others say why.
    await dialog.getByRole('combobox', { name: 'Default team' }).click();
    const vision = page.getByRole('option', { name: /vision/ });
    await expect(vision).toHaveAttribute('aria-disabled', 'true');
    await expect(vision).toContainText('does not recommend itself to new users with matching email domains');
    await page.getByRole('option', { name: 'ml-research' }).click();
    await domain.fill('acme-research.org');
    await dialog.getByRole('button', { name: 'Claim email domain' }).click();
    await expect(dialog).toBeHidden();
    const list = page.getByRole('list', { name: 'Claimed domains' });
    await expect(list).toContainText('acme-research.org');
    await list.getByRole('button', { name: 'Release acme-research.org' }).click();
    const confirm = page.getByRole('dialog', { name: 'Release acme-research.org?' });
    await expect(confirm).toContainText('Everyone already in Acme ML stays');
    await confirm.getByRole('button', { name: 'Release domain' }).click();
    await expect(list).not.toContainText('acme-research.org');
  });
});

test('Default team: pick No default team, then ml-research again', async ({ page }) => {
  await openSettings(page);
  const select = page.getByRole('combobox', { name: 'Default team' });
  await select.click();
  await page.getByRole('option', { name: 'No default team' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'No default team' })).toBeVisible();
  await expect(select).toHaveText(/No default team/);
  await select.click();
  await page.getByRole('option', { name: 'ml-research' }).click();
  await expect(select).toHaveText(/ml-research/);
});

test('Change billing user: Viewers are disabled with the reason; pick a Member', async ({ page }) => {
  await openSettings(page, '?tab=billing');
  const panel = page.getByRole('tabpanel', { name: 'Billing' });
  await expect(panel).toContainText('Rosa Alvarez');
  await panel.getByRole('button', { name: 'Change billing user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change billing user' });
  await dialog.getByRole('textbox', { name: 'Search people' }).fill('Erin');
  const erin = dialog.getByRole('radio', { name: /Erin Walsh/ });
  await expect(erin).toBeDisabled();
  await expect(dialog).toContainText('the billing admin must be an Admin or Member');
  await dialog.getByRole('textbox', { name: 'Search people' }).fill('Carla');
  await dialog.getByRole('radio', { name: /Carla Mendes/ }).check();
  await expectNoSeriousA11yViolations(page, { include: '[role="dialog"]' });
  await dialog.getByRole('button', { name: 'Change billing user' }).click();
  await expect(dialog).toBeHidden();
  await expect(panel).toContainText('Carla Mendes');
});

test('Privacy: enforce a setting org-wide after a review, then lift it', async ({ page }) => {
  await openSettings(page, '?tab=privacy');
  const panel = page.getByRole('tabpanel', { name: 'Privacy' });
  await expect(panel).toContainText("This setting is locked because it's enforced org-wide");
  const hidden = panel.getByRole('combobox', { name: 'Hide this team from all non-members' });
  await hidden.click();
  await page.getByRole('option', { name: 'Enforced on' }).click();
  const confirm = page.getByRole('dialog', { name: /Enforce “Hide this team from all non-members” on/ });
  await expect(confirm).toContainText('team admins can no longer change it');
  await confirm.getByRole('button', { name: 'Enforce' }).click();
  await expect(hidden).toHaveText(/Enforced on/);
  await expect(panel).toContainText('Enforced on in every team.');
  await hidden.click();
  await page.getByRole('option', { name: 'Not enforced' }).click();
  await page
    .getByRole('dialog', { name: /Stop enforcing/ })
    .getByRole('button', { name: 'Stop enforcing' })
    .click();
  await expect(hidden).toHaveText(/Not enforced/);
});

test('Security (SaaS Enterprise): SSO status, turned on with the keyboard', async ({ page }) => {
  await openSettings(page, '?tab=security');
  const panel = page.getByRole('tabpanel', { name: 'Security' });
  await expect(panel.getByText('Off', { exact: true })).toBeVisible();
  const sw = panel.getByRole('switch', { name: 'Auto-provision users on their first SSO sign-in' });
  await sw.focus();
  await page.keyboard.press('Space');
  await expect(sw).toBeChecked();
  await expect(panel.getByText('On', { exact: true })).toBeVisible();
});
