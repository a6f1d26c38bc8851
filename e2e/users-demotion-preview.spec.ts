// Issue 7 / ADR 0009 on the Users page: an org role or Models seat change that takes permissions away is
// previewed (each team and project, before → after, and what is lost) and confirmed; promotions save
// at once with Undo, as before.
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { openUsers, toast } from './support/console';

test('Member → Viewer shows what Mateo loses first; cancel keeps him Member, confirm saves with Undo', async ({
  page,
}) => {
  await openUsers(page);
  const role = page.getByRole('combobox', { name: 'Org role for Mateo Garcia' });
  await expect(role).toHaveText(/Member/);
  await role.click();
  await page.getByRole('option', { name: 'Viewer' }).click();

  const dialog = page.getByRole('dialog', { name: 'Make Mateo Garcia Viewer?' });
  await expect(dialog).toContainText('This takes permissions away. Nothing changes until you confirm.');
  await expect(dialog).toContainText('Mateo Garcia loses permissions in 2 teams and 8 projects');
  const impact = dialog.getByRole('list', { name: 'Impact of this change' });
  // Places of one kind that change the same way are one entry: before → after, where, what is lost.
  const team = impact.getByRole('listitem').filter({ hasText: 'team ml-research' });
  await expect(team).toContainText('Member → View-Only');
  await expect(
    impact.getByRole('listitem').filter({ hasText: 'ml-research/benchmarks-public' }),
  ).toContainText('Member → View-Only');
  await team
    .getByText('Loses 17 permissions on projects, runs, reports, artifacts, sweeps and launch')
    .click();
  await expect(team.getByRole('list', { name: 'Permissions lost' })).toContainText(
    'Create projects in the team',
  );
  await expect(team.getByRole('list', { name: 'Permissions lost' })).toContainText('Log new runs');
  // His Admin override on llm-finetune goes too.
  await expect(impact.getByRole('listitem').filter({ hasText: 'ml-research/llm-finetune' })).toContainText(
    'Admin → View-Only',
  );
  await expectNoSeriousA11yViolations(page, { include: '[role="dialog"]' });

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(role).toHaveText(/Member/);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Org role for Mateo Garcia' })).toHaveText(/Member/);

  await role.click();
  await page.getByRole('option', { name: 'Viewer' }).click();
  await dialog.getByRole('button', { name: 'Make Viewer' }).click();
  await expect(toast(page, 'Mateo Garcia is now Viewer', { exact: true })).toBeVisible();
  await expect(role).toHaveText(/Viewer/);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(toast(page, 'Undone: Mateo Garcia is Member again', { exact: true })).toBeVisible();
  await expect(role).toHaveText(/Member/);
});

test('a Models seat downgrade keeps the roles but names the lost permissions; cancel saves nothing', async ({
  page,
}) => {
  await openUsers(page);
  const seat = page.getByRole('combobox', { name: 'Models seat for Mateo Garcia' });
  await seat.click();
  await page.getByRole('option', { name: 'Viewer' }).click();
  const dialog = page.getByRole('dialog', { name: "Change Mateo Garcia's Models seat to Viewer?" });
  const team = dialog
    .getByRole('list', { name: 'Impact of this change' })
    .getByRole('listitem')
    .filter({ hasText: 'team llm-platform' });
  await expect(team).toContainText('Stays Member');
  await expect(team).toContainText(/Loses \d+ permissions on projects, runs/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(seat).toHaveText(/Full/);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Models seat for Mateo Garcia' })).toHaveText(/Full/);
});

test('a promotion (Viewer → Member) saves at once, without a dialog', async ({ page }) => {
  await openUsers(page);
  const role = page.getByRole('combobox', { name: 'Org role for Erin Walsh' });
  await expect(role).toHaveText(/Viewer/);
  await role.click();
  await page.getByRole('option', { name: 'Member' }).click();
  await expect(toast(page, 'Erin Walsh is now Member', { exact: true })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(role).toHaveText(/Member/);
});
