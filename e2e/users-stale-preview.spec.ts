// ADR 0020: a change confirmed from a preview that another tab has since made untrue is not made; the
// server answers 409 with the fresh preview, the dialog says so plainly and shows it, and confirming
// that one makes the change.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { openUsers, toast } from './support/console';

async function pick(page: Page, control: string, option: string) {
  await page.getByRole('combobox', { name: control }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('a seat change previewed before another tab demotes Mateo is checked again and shown fresh', async ({
  page,
  context,
  expectRefusal,
}) => {
  expectRefusal(409, '/api/orgs/acme-ml/users/user-mgarcia');
  const other = await context.newPage();
  await openUsers(page);
  await openUsers(other);

  // This tab asks to take Mateo's Models seat away: the dialog shows what he loses, nothing changed yet.
  await pick(page, 'Models seat for Mateo Garcia', 'No access');
  const dialog = page.getByRole('dialog', { name: "Change Mateo Garcia's Models seat to No access?" });
  await expect(dialog).toContainText('This takes permissions away');

  // Meanwhile the other tab makes him an org Viewer (his seat becomes Viewer).
  await pick(other, 'Org role for Mateo Garcia', 'Viewer');
  await other
    .getByRole('dialog', { name: 'Make Mateo Garcia Viewer?' })
    .getByRole('button', { name: 'Make Viewer' })
    .click();
  await expect(toast(other, 'Mateo Garcia is now Viewer', { exact: true })).toBeVisible();

  // Confirming the old preview is refused: the dialog says the state changed and shows the fresh one.
  await dialog.getByRole('button', { name: 'Change seat to No access' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    "Mateo Garcia's access changed since this was previewed",
  );
  await dialog.getByRole('button', { name: 'Change seat to No access' }).click();
  await expect(toast(page, 'Mateo Garcia: Models seat Viewer → No access', { exact: true })).toBeVisible();
  await expect(other.getByRole('combobox', { name: 'Models seat for Mateo Garcia' })).toHaveText(/No access/);
});
