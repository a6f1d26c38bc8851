// User settings → API keys in the in-browser build (issue 16): the backend keeps keys for whoever is
// acting, so the page works here as on the shared server: a key is shown once, listed by its last
// characters, and revoked after a confirmation.
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { openUsers, toast } from './support/console';

test('an org admin makes an API key, sees it once, and revokes it', async ({ page }) => {
  await openUsers(page);
  await page.getByRole('button', { name: 'User menu' }).click();
  await page.getByRole('menuitem', { name: 'User settings' }).click();
  await expect(page.getByRole('heading', { name: 'User settings', level: 1 })).toBeVisible();
  await expect(page.getByText('No API keys')).toBeVisible();

  await page.getByRole('button', { name: 'New key' }).click();
  const dialog = page.getByRole('dialog', { name: 'New API key' });
  await dialog.getByLabel('Name').fill('notebook');
  await dialog.getByRole('button', { name: 'Create key' }).click();
  const shown = page.getByRole('dialog', { name: 'API key notebook' });
  const secret = (await shown.getByLabel('API key notebook').textContent()) ?? '';
  expect(secret).toMatch(/^[0-9a-f]{40}$/);
  await expectNoSeriousA11yViolations(page, { include: '[role="dialog"]' });
  await shown.getByRole('button', { name: 'Done' }).click();

  const keys = page.getByRole('table', { name: 'API keys' });
  await expect(keys).toContainText(`…${secret.slice(-4)}`);
  await expect(keys).not.toContainText(secret);
  await expectNoSeriousA11yViolations(page, { include: 'main' });

  await keys.getByRole('button', { name: 'Revoke notebook' }).click();
  await page
    .getByRole('dialog', { name: 'Revoke API key notebook?' })
    .getByRole('button', { name: 'Revoke key' })
    .click();
  await expect(toast(page, 'API key notebook revoked')).toBeVisible();
  await expect(page.getByText('No API keys')).toBeVisible();
});
