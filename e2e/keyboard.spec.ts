// Keyboard only (issue 15): a quick way into a table, focus that stays on the control after a change
// (also one confirmed in a dialog), Undo by the shortcut the toast names, and dialogs that give focus
// back to the control that opened them.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { openUsers, toast } from './support/console';
import { actAs } from './support/personas';
import { pickAndConfirmByKeyboard, pickByKeyboard, press, tabTo } from './support/keyboard';

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
  await openUsers(page, '?q=mateo');
  const role = page.getByRole('combobox', { name: 'Org role for Mateo Garcia' });
  await pickAndConfirmByKeyboard(
    page,
    role,
    { from: 'Member', key: 'ArrowDown', to: 'Viewer' },
    { dialog: 'Make Mateo Garcia Viewer?', button: 'Make Viewer' },
  );
  await expect(toast(page, 'Mateo Garcia is now Viewer', { exact: true })).toBeVisible();
  await expect(role).toBeFocused();
});

test('a dialog closed with Escape gives focus back to the button that opened it', async ({ page }) => {
  await openUsers(page);
  const invite = page.getByRole('button', { name: 'Invite new user' });
  await press(page, invite);
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
  // The project's form dialogs (FormDialog): one field, and a report's title and text.
  ['/ml-research/llm-finetune/overview', 'Create report', /^Create report$/],
  ['/ml-research/llm-finetune/overview', 'Create sweep', /^Create sweep$/],
];

test('every dialog opens from the keyboard, closes with Escape and gives focus back to its button', async ({
  page,
}) => {
  await openUsers(page);
  for (const [path, button, dialogName] of DIALOGS) {
    await page.goto(path);
    const opener = page.getByRole('main').getByRole('button', { name: button, exact: true });
    await press(page, opener);
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

// The main flows of e2e/, each with the keyboard alone (no click, no fill): invites and custom roles
// have theirs in invites.spec.ts and roles.spec.ts.

test('keyboard only: create a team and land on it', async ({ page }) => {
  await openUsers(page);
  await page.goto('/account-settings/acme-ml/teams');
  await press(page, page.getByRole('main').getByRole('button', { name: 'Create a team to collaborate' }));
  const dialog = page.getByRole('dialog', { name: 'Create a team to collaborate' });
  await expect(dialog.getByLabel('Team name')).toBeFocused();
  await page.keyboard.type('keys-team');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/keys-team$/);
  await expect(page.getByRole('heading', { name: 'keys-team', level: 1 })).toBeVisible();
});

test('keyboard only: a team setting switched from its Privacy tab', async ({ page }) => {
  await openUsers(page);
  await page.goto('/vision/settings');
  // Tabs: arrows move between them, the panel follows.
  await press(page, page.getByRole('tab', { name: /^Users/ }), 'ArrowRight');
  await expect(page.getByRole('tab', { name: 'Privacy' })).toBeFocused();
  await expect(page).toHaveURL(/tab=privacy/);
  const toggle = page.getByRole('switch', { name: 'Allow any team member to invite other team members' });
  await tabTo(page, toggle);
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await expect(toggle).toBeFocused();
});

test('keyboard only: a project made Restricted, its review confirmed', async ({ page }) => {
  await openUsers(page);
  await page.goto('/ml-research/tokenizer-ablations/overview');
  const edit = page.getByRole('button', { name: 'Edit Project Details' });
  await press(page, edit);
  const dialog = page.getByRole('dialog', { name: 'Edit Project Details' });
  // The visibility radios: Tab into the group, arrows pick.
  const checked = dialog.getByRole('radio', { checked: true });
  await tabTo(page, checked);
  const restricted = dialog.getByRole('radio', { name: /^Restricted/ });
  for (let i = 0; i < 4 && !(await restricted.isChecked()); i += 1) await page.keyboard.press('ArrowDown');
  await expect(restricted).toBeChecked();
  await tabTo(page, dialog.getByRole('button', { name: 'Review change' }));
  await page.keyboard.press('Enter');
  const review = page.getByRole('dialog', { name: 'Review the change' });
  await expect(review.getByRole('region', { name: 'Impact of this change' })).toContainText(/lose access/);
  await tabTo(page, review.getByRole('button', { name: 'Save changes' }), { max: 60 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /tokenizer-ablations/ })).toContainText('Restricted');
  await expect(edit).toBeFocused();
});

test('keyboard only: View as someone from the User menu, and back', async ({ page }) => {
  await openUsers(page);
  const menu = page.getByRole('button', { name: 'User menu' });
  await press(page, menu);
  const viewAsItem = page.getByRole('menuitem', { name: 'View as…' });
  for (let i = 0; i < 10 && !(await viewAsItem.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press('ArrowDown');
  await expect(viewAsItem).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'View as' });
  await expect(dialog.getByLabel('Search people')).toBeFocused();
  await page.keyboard.type('Erin Walsh');
  await tabTo(page, dialog.getByRole('button', { name: /Erin Walsh/ }).first());
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status', { name: 'Acting user' })).toContainText('Erin Walsh');
  await expect(page.getByRole('status', { name: 'Acting user' })).toContainText('Viewer of Acme ML');
});

test('a read-only note’s “Why?” opens the explanation from the keyboard and gives focus back to it', async ({
  page,
}) => {
  await actAs(page, 'org-viewer');
  await page.goto('/llm-platform/llm-eval-harness/overview');
  const why = page.locator('.banner', { hasText: 'Read-only.' }).getByRole('button', { name: 'Why?' });
  await press(page, why);
  const drawer = page.getByRole('dialog', { name: 'Why is this read-only?' });
  await expect(drawer).toContainText('org Viewer');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(why).toBeFocused();
});
