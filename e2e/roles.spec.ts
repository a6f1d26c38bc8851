// Roles journey (§7): build a custom role, assign it in Team settings, see it act, compare, retire it.
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { ORG, viewAs, toast } from './support/console';
import { tabTo } from './support/keyboard';

const ROLES_URL = `/account-settings/${ORG}/roles`;

async function openRoles(page: import('@playwright/test').Page, search = '') {
  await page.goto(`${ROLES_URL}${search}`);
  await expect(page.getByRole('heading', { name: 'Roles', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Custom roles' })).toBeVisible();
}

test('an org admin builds Queue Operator, a team admin gives it, it acts, compares and falls back', async ({
  page,
}) => {
  await openRoles(page);
  await expectNoSeriousA11yViolations(page, { include: 'main' });
  await page.getByRole('button', { name: 'Create a role' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create a role' });
  // The server's live check flags a built-in name in place, before submitting.
  await dialog.getByLabel('Name', { exact: true }).fill('member');
  await expect(dialog.getByText('member is the name of a built-in role')).toBeVisible();
  await dialog.getByLabel('Name', { exact: true }).fill('Queue Operator');
  await expect(dialog.getByText('member is the name of a built-in role')).toBeHidden();
  await dialog
    .getByRole('textbox', { name: 'Description' })
    .fill('Runs the launch queues, otherwise read-only');
  await expect(dialog.getByRole('radio', { name: /Viewer/ })).toBeChecked();
  // Inherited permissions are included and locked.
  await expect(dialog.getByRole('checkbox', { name: /run:read/ })).toBeDisabled();
  await dialog.getByLabel('Search permissions').fill('queue');
  await expect(dialog.getByRole('checkbox', { name: /run:read/ })).toBeHidden();
  await dialog.getByRole('checkbox', { name: /launch:queue_create/ }).click();
  await dialog.getByRole('checkbox', { name: /launch:queue_manage/ }).click();
  await dialog.getByLabel('Search permissions').fill('submit jobs');
  await dialog.getByRole('checkbox', { name: /launch:job_submit/ }).click();
  const added = dialog.getByRole('list', { name: 'Added permissions' });
  await expect(added.getByRole('listitem')).toHaveCount(3);
  await expect(dialog.getByText('10 in all: 7 inherited, 3 added.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, { include: '[role="dialog"]' });
  await dialog.getByRole('button', { name: 'Create Role' }).click();
  await expect(dialog).toBeHidden();
  await expect(toast(page, 'Role Queue Operator created', { exact: true })).toBeVisible();
  const row = page.getByRole('row', { name: /Queue Operator/ });
  await expect(row).toContainText('No one yet');

  // A team admin (Ava is ml-research's admin) gives it to Mateo in Team settings > Users.
  await page.goto('/ml-research/settings');
  await page.getByRole('combobox', { name: 'Team role of Mateo Garcia' }).click();
  await page.getByRole('option', { name: /Queue Operator/ }).click();
  // From Member to a Viewer-based role takes permissions away: the change is previewed first.
  await page
    .getByRole('dialog', { name: 'Make Mateo Garcia Queue Operator?' })
    .getByRole('button', { name: 'Make Queue Operator' })
    .click();
  await expect(toast(page, 'Mateo Garcia is now Queue Operator', { exact: true })).toBeVisible();
  await openRoles(page);
  await expect(page.getByRole('row', { name: /Queue Operator/ })).toContainText('1 person');

  // Compare from the row; the choice lives in the URL.
  await page.getByRole('button', { name: 'Compare Queue Operator with other roles' }).click();
  const compare = page.getByRole('region', { name: 'Compare roles' });
  await compare.getByRole('checkbox', { name: 'View-Only' }).click();
  await compare.getByRole('checkbox', { name: 'Member', exact: true }).click();
  await expect(page).toHaveURL(/compare=custom%3Arole-[^&]+%2Cmember|compare=custom:role-[^&]+,member/);
  const matrix = compare.getByRole('table', { name: /Permission matrix/ });
  await expect(matrix.getByRole('columnheader', { name: 'Queue Operator' })).toBeVisible();
  await expect(matrix.getByRole('row', { name: /launch:queue_create/ })).toContainText('Differs');
  await expect(matrix.getByRole('row', { name: /run:create/ })).toContainText('Differs');
  await expect(matrix.getByRole('row', { name: /run:read/ })).not.toContainText('Differs');
  await page.reload();
  await expect(
    page.getByRole('table', { name: /Permission matrix of Queue Operator, Member/ }),
  ).toBeVisible();

  // As Mateo: the team shows the role, and a Viewer-based role changes nothing in team settings.
  await viewAs(page, 'Mateo Garcia');
  await page.goto('/ml-research');
  await expect(page.getByText('Your role: Queue Operator')).toBeVisible();
  await page.goto('/ml-research/settings');
  await expect(page.getByRole('button', { name: 'Invite a new user' })).toBeDisabled();

  // Back as the org admin: delete it; the dialog says who falls back where.
  await viewAs(page, 'Ava Chen');
  await openRoles(page);
  await page.getByRole('button', { name: 'Delete Queue Operator' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete Queue Operator?' });
  await expect(confirm.getByRole('list', { name: 'Who falls back' })).toContainText(
    'Mateo Garcia — team ml-research',
  );
  await expect(confirm).toContainText('fall back to View-Only');
  await confirm.getByRole('button', { name: 'Delete role' }).click();
  await expect(toast(page, 'Queue Operator deleted', { exact: true })).toBeVisible();
  await expect(page.getByRole('row', { name: /Queue Operator/ })).toHaveCount(0);
  await page.goto('/ml-research/settings');
  await expect(page.getByRole('combobox', { name: 'Team role of Mateo Garcia' })).toHaveText(/View-Only/);
});

test('editing the base keeps the added permissions and says which became inherited', async ({ page }) => {
  await openRoles(page);
  await page.getByRole('button', { name: 'Edit Launch Manager' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit Launch Manager' });
  await dialog.getByRole('radio', { name: /Member/ }).check();
  await expect(
    dialog.getByText('Now inherited from Member, so no longer added: launch:job_submit.'),
  ).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Added permissions' }).getByRole('listitem')).toHaveCount(2);
  await expect(
    dialog.getByText(/Saving applies at once to everyone holding Launch Manager: 3 people/),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(toast(page, 'Launch Manager saved', { exact: true })).toBeVisible();
  const row = page.getByRole('row', { name: /Launch Manager/ });
  await expect(row).toContainText('Member');
  await expect(row).not.toContainText('launch:job_submit');
});

test('the builder works from the keyboard alone', async ({ page }) => {
  await openRoles(page);
  await page.getByRole('button', { name: 'Create a role' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Create a role' });
  await expect(dialog.getByLabel('Name', { exact: true })).toBeFocused();
  await page.keyboard.type('Sweeper');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Runs sweeps');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('radio', { name: /Viewer/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Search permissions')).toBeFocused();
  await page.keyboard.type('sweep');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('checkbox', { name: /sweep:create/ })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(dialog.getByRole('list', { name: 'Added permissions' })).toContainText('sweep:create');
  await tabTo(page, dialog.getByRole('button', { name: 'Create Role' }), { max: 12 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('row', { name: /Sweeper/ })).toBeVisible();
});
