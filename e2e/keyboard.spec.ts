// Keyboard only (issue 15): a quick way into a table, focus that stays on the control after a change
// (also one confirmed in a dialog), Undo by the shortcut the toast names, and dialogs that give focus
// back to the control that opened them.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { openUsers, toast } from './support/console';
import { pickByKeyboard } from './support/keyboard';

test('“Skip to table” reaches a member’s role in a few Tabs, not 25', async ({ page }) => {
  await openUsers(page);
  await page.locator('body').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to table' })).toBeFocused();
  await page.keyboard.press('Enter');
  const table = page.getByRole('table', { name: 'Users of the organization' });
  await expect(table.locator(':focus')).toHaveCount(1);
  // From the first row's first control, its org role is within two Tabs.
  let tabs = 0;
  const onRole = () =>
    page.evaluate(() => document.activeElement?.getAttribute('aria-label')?.startsWith('Org role for'));
  while (!(await onRole()) && tabs < 2) {
    await page.keyboard.press('Tab');
    tabs += 1;
  }
  expect(await onRole()).toBe(true);
});

test('a role change from the keyboard keeps focus on the row’s control; Ctrl+Z undoes it', async ({
  page,
}) => {
  await openUsers(page, '?q=mateo');
  const role = page.getByRole('combobox', { name: 'Org role for Mateo Garcia' });
  await pickByKeyboard(page, role, { from: 'Member', key: 'ArrowUp', to: 'Admin' });
  await expect(toast(page, 'Mateo Garcia is now Admin', { exact: true })).toBeVisible();
  await expect(role).toHaveText(/Admin/);
  await expect(role).toBeFocused();
  // The toast names its shortcut; pressing it from the row undoes the change.
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute('aria-keyshortcuts', /Control\+Z/);
  await expect(page.getByRole('region', { name: /^Notifications/ })).toContainText(/Ctrl\+Z|⌘Z/);
  await page.keyboard.press('Control+z');
  await expect(toast(page, 'Undone: Mateo Garcia is Member again', { exact: true })).toBeVisible();
  await expect(role).toHaveText(/Member/);
  await expect(role).toBeFocused();
});

/** Mateo made Viewer from the keyboard: the server holds the demotion for its dialog. */
async function demoteMateo(page: Page) {
  await openUsers(page, '?q=mateo');
  const role = page.getByRole('combobox', { name: 'Org role for Mateo Garcia' });
  await pickByKeyboard(page, role, { from: 'Member', key: 'ArrowDown', to: 'Viewer' });
  const dialog = page.getByRole('dialog', { name: 'Make Mateo Garcia Viewer?' });
  await expect(dialog).toBeVisible();
  return { role, dialog };
}

test('a demotion confirmed in its dialog from the keyboard gives focus back to the row’s control', async ({
  page,
}) => {
  const { role, dialog } = await demoteMateo(page);
  const confirm = dialog.getByRole('button', { name: 'Make Viewer' });
  await confirm.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(toast(page, 'Mateo Garcia is now Viewer', { exact: true })).toBeVisible();
  await expect(role).toBeFocused();
});

test('a dialog closed with Escape gives focus back to the button that opened it', async ({ page }) => {
  await openUsers(page);
  const invite = page.getByRole('button', { name: 'Invite new user' });
  await invite.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /Invite/ });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(invite).toBeFocused();
});

/** Dialogs and drawers opened from a button: [page, button, dialog]. */
const DIALOGS: [string, string, RegExp][] = [
  ['/account-settings/acme-ml/users', 'Import from CSV', /Import/],
  ['/account-settings/acme-ml/teams', 'Create a team to collaborate', /Create a team/],
  ['/account-settings/acme-ml/roles', 'Create a role', /Create a role/],
  ['/account-settings/acme-ml/settings', 'Change name', /name/i],
  ['/vision/settings', 'Invite a new user', /Invite/],
  ['/ml-research/llm-finetune/overview', 'Edit Project Details', /Edit/],
  ['/ml-research/llm-finetune/overview', 'Who has access', /access/i],
];

test('every dialog opens from the keyboard, closes with Escape and gives focus back to its button', async ({
  page,
}) => {
  await openUsers(page);
  for (const [path, button, dialogName] of DIALOGS) {
    await page.goto(path);
    const opener = page.getByRole('main').getByRole('button', { name: button, exact: true });
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: dialogName });
    await expect(dialog, `${button} on ${path}`).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener, `focus back on ${button} (${path})`).toBeFocused();
  }
});

test('a demotion’s dialog cancelled with Escape puts the role back and focus on the row’s control', async ({
  page,
}) => {
  const { role, dialog } = await demoteMateo(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(role).toHaveText(/Member/);
  await expect(role).toBeFocused();
});
