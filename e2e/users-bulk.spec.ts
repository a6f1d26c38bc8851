import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { openUsers } from './support/console';

test('bulk role change: the review lists what will happen and what is refused, then applies the rest', async ({
  page,
}) => {
  await openUsers(page);
  for (const name of ['Ava Chen', 'Ben Okafor', 'Mateo Garcia'])
    await page.getByRole('checkbox', { name: `Select ${name}` }).click();
  const bar = page.getByRole('region', { name: 'Bulk actions' });
  await expect(bar).toContainText('3 selected');
  await bar.getByRole('button', { name: /Change role/ }).click();
  await page.getByRole('menuitem', { name: 'Viewer' }).click();

  const dialog = page.getByRole('dialog', { name: 'Change the role of 3 members to Viewer' });
  const review = dialog.getByRole('list', { name: 'Review' });
  const ava = review.getByRole('listitem').filter({ hasText: 'Ava Chen' });
  await expect(ava).toContainText('Refused');
  await expect(ava).toContainText('Ava Chen is the last Admin of team ml-research');
  await expect(review.getByRole('listitem').filter({ hasText: 'Ben Okafor' })).toContainText(
    'Admin → Viewer; Models seat Full → Viewer',
  );
  const mateo = review.getByRole('listitem').filter({ hasText: 'Mateo Garcia' }).first();
  await expect(mateo).toContainText('Will change');
  // Before applying, the review names where each person loses permissions (the engine's impact).
  await mateo.getByText(/^Loses permissions in/).click();
  await expect(mateo.getByRole('list', { name: 'What Mateo Garcia loses' })).toContainText('llm-finetune');
  await expectNoSeriousA11yViolations(page, { include: '[role="dialog"]' });

  await dialog.getByRole('button', { name: 'Apply 2 changes' }).click();
  await expect(page.getByRole('dialog', { name: 'Results' })).toContainText('2 changed · 1 refused');
  await page.getByRole('dialog', { name: 'Results' }).getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('region', { name: 'Bulk actions' })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Org role for Ben Okafor' })).toHaveText(/Viewer/);
  await expect(page.getByRole('combobox', { name: 'Org role for Mateo Garcia' })).toHaveText(/Viewer/);
  await expect(page.getByRole('combobox', { name: 'Org role for Ava Chen' })).toHaveText(/Admin/);
});

test('select all on the page, then bulk remove: later items see earlier ones', async ({ page }) => {
  await openUsers(page, '?role=admin');
  await page.getByRole('checkbox', { name: 'Select all members on this page' }).click();
  await expect(page.getByRole('region', { name: 'Bulk actions' })).toContainText('2 selected');
  await page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: 'Remove' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove 2 members' });
  const review = dialog.getByRole('list', { name: 'Review' });
  // Ava is a sole team admin of a team with others; Ben can go; nothing is applied yet.
  await expect(review.getByRole('listitem').filter({ hasText: 'Ava Chen' })).toContainText('Refused');
  await expect(review.getByRole('listitem').filter({ hasText: 'Ben Okafor' })).toContainText('Leaves 1 team');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Actions for Ben Okafor' })).toBeVisible();
});
