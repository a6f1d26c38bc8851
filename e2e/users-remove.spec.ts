import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { openUsers, toast } from './support/console';

test('remove a member: the impact dialog first, then the removal', async ({ page }) => {
  await openUsers(page);
  await page.getByRole('button', { name: 'Actions for Mateo Garcia' }).click();
  await page.getByRole('menuitem', { name: 'Remove member' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove Mateo Garcia from Acme ML?' });
  await expect(dialog.getByRole('region', { name: 'Teams they leave' })).toContainText('llm-platform');
  await expect(dialog.getByRole('region', { name: 'Teams they leave' })).toContainText('ml-research');
  await expect(dialog.getByRole('region', { name: 'Projects they lose' })).toContainText(
    'ml-research/llm-finetune',
  );
  const owned = dialog.getByRole('region', { name: 'Projects they own' });
  await expect(owned).toContainText('llm-platform/inference-latency');
  await expect(owned).toContainText('owner is no longer in the team');
  await expect(dialog).toContainText(/runs, .* reports and .* artifacts stay/);
  await expectNoSeriousA11yViolations(page, { include: '[role="dialog"]' });

  await dialog.getByRole('button', { name: 'Remove member' }).click();
  await expect(dialog).toBeHidden();
  await expect(toast(page, 'Removed Mateo Garcia from Acme ML', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Actions for Mateo Garcia' })).toHaveCount(0);
  await expect(page.getByRole('cell', { name: /Mateo Garcia/ })).toHaveCount(0);
});

test('remove is disabled with the reason for a sole team admin', async ({ page }) => {
  await openUsers(page);
  await page.getByRole('button', { name: 'Actions for Carla Mendes' }).click();
  const item = page.getByRole('menuitem', { name: /^Remove member/ });
  await expect(item).toBeDisabled();
  await expect(item).toContainText('Carla Mendes is the last Admin of team vision');
  await expectNoSeriousA11yViolations(page, { include: '[role="menu"]' });
  // The menu's "Why?" item opens the engine's chain in the drawer, over the Users page.
  await page.getByRole('menuitem', { name: 'Why is “Remove member” unavailable?' }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toHaveAccessibleName('Why is “Remove member” unavailable?');
  await expect(drawer.getByRole('list', { name: 'Chain of reasons' })).toContainText(
    'Carla Mendes is the last Admin of team vision',
  );
});

test('cancel leaves the member in place', async ({ page }) => {
  await openUsers(page);
  await page.getByRole('button', { name: 'Actions for Mateo Garcia' }).click();
  await page.getByRole('menuitem', { name: 'Remove member' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove Mateo Garcia from Acme ML?' });
  await expect(dialog.getByRole('region', { name: 'Teams they leave' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Actions for Mateo Garcia' })).toBeVisible();
});
