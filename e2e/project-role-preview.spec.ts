// Issue 7 / ADR 0009 on a project's Users tab: a project role change that takes permissions away is
// previewed (before → after and what is lost) and confirmed; every role change offers Undo; removing
// someone from a Restricted project shows what they lose.
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { toast } from './support/console';

test('Admin → View-Only shows what Mateo loses first; cancel keeps Admin, confirm saves and Undo restores it', async ({
  page,
}) => {
  await page.goto('/ml-research/llm-finetune/users');
  const table = page.getByRole('table', { name: 'People with access' });
  const role = table.getByRole('combobox', { name: 'Project role of Mateo Garcia' });
  await expect(role).toHaveText(/Admin/);
  await role.click();
  await page.getByRole('option', { name: 'View-Only' }).click();

  const dialog = page.getByRole('dialog', { name: 'Make Mateo Garcia View-Only in llm-finetune?' });
  await expect(dialog).toContainText('This takes permissions away. Nothing changes until you confirm.');
  await expect(dialog).toContainText('Mateo Garcia loses permissions in 1 project');
  const entry = dialog.getByRole('list', { name: 'Impact of this change' }).getByRole('listitem').first();
  await expect(entry).toContainText('Admin → View-Only');
  await expect(entry).toContainText('ml-research/llm-finetune');
  await entry.getByText(/^Loses \d+ permissions on /).click();
  await expect(entry.getByRole('list', { name: 'Permissions lost' })).toContainText('Log new runs');
  await expectNoSeriousA11yViolations(page, { include: '[role="dialog"]' });

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(role).toHaveText(/Admin/);
  await page.reload();
  await expect(role).toHaveText(/Admin/);

  await role.click();
  await page.getByRole('option', { name: 'View-Only' }).click();
  await dialog.getByRole('button', { name: 'Make View-Only' }).click();
  await expect(toast(page, 'Mateo Garcia is now View-Only in llm-finetune').first()).toBeVisible();
  await expect(role).toHaveText(/View-Only/);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(toast(page, 'Restored Mateo Garcia to Admin in llm-finetune').first()).toBeVisible();
  await expect(role).toHaveText(/Admin/);
  await expect(
    table
      .getByRole('row', { name: /Mateo Garcia/ })
      .getByRole('button', { name: /differs from the team role/ }),
  ).toBeVisible();
  await page.reload();
  await expect(role).toHaveText(/Admin/);
});

test('a promotion saves at once without a dialog, and Undo puts the team role back', async ({ page }) => {
  await page.goto('/ml-research/llm-finetune/users');
  const table = page.getByRole('table', { name: 'People with access' });
  const role = table.getByRole('combobox', { name: 'Project role of Wen Zhang' });
  await role.click();
  await page.getByRole('option', { name: 'Admin' }).click();
  await expect(toast(page, 'Wen Zhang is now Admin in llm-finetune').first()).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(role).toHaveText(/Admin/);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(toast(page, 'Restored Wen Zhang to Member in llm-finetune').first()).toBeVisible();
  await expect(role).toHaveText(/Member/);
  await expect(
    table.getByRole('row', { name: /Wen Zhang/ }).getByRole('button', { name: /differs/ }),
  ).toHaveCount(0);
});

test('removing Jia Li from a Restricted project shows what she loses before it is done', async ({ page }) => {
  await page.goto('/ml-research/rlhf-experiments/users');
  const table = page.getByRole('table', { name: 'People with access' });
  await table.getByRole('button', { name: 'Remove Jia Li from rlhf-experiments' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove Jia Li from rlhf-experiments?' });
  await expect(confirm).toContainText('Jia Li loses access to 1 project');
  const entry = confirm.getByRole('list', { name: 'Impact of this change' }).getByRole('listitem').first();
  await expect(entry).toContainText('Member → no access');
  await expect(entry).toContainText('loses access');
  await expect(entry).toContainText('ml-research/rlhf-experiments');
  await expect(confirm).toContainText('they get their team role');
  await expectNoSeriousA11yViolations(page, { include: '[role="dialog"]' });
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await expect(confirm).toBeHidden();
  await expect(toast(page, 'Jia Li removed from rlhf-experiments').first()).toBeVisible();
  await expect(table.getByRole('row', { name: /Jia Li/ })).toHaveCount(0);
});
