import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { openUsers, toast } from './support/console';
import { pickByKeyboard } from './support/keyboard';

test('change a role from the row and undo it from the toast', async ({ page }) => {
  await openUsers(page);
  const role = page.getByRole('combobox', { name: 'Org role for Mateo Garcia' });
  await expect(role).toHaveText(/Member/);
  await role.click();
  await page.getByRole('option', { name: 'Admin' }).click();
  await expect(toast(page, 'Mateo Garcia is now Admin', { exact: true })).toBeVisible();
  await expect(role).toHaveText(/Admin/);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(toast(page, 'Undone: Mateo Garcia is Member again', { exact: true })).toBeVisible();
  await expect(role).toHaveText(/Member/);
});

test('keyboard only: open a row’s dropdown and pick a seat', async ({ page }) => {
  await openUsers(page);
  const weave = page.getByRole('combobox', { name: 'Weave access for Mateo Garcia' });
  // The list opens on the current value; arrows move, Enter picks.
  await pickByKeyboard(page, weave, { from: 'Full', key: 'ArrowDown', to: 'Viewer' });
  await expect(toast(page, 'Mateo Garcia: Weave access Full → Viewer', { exact: true })).toBeVisible();
  await expect(weave).toHaveText(/Viewer/);
});

test('refused options are disabled with the server’s reason: seat rules and the seat limit', async ({
  page,
}) => {
  await openUsers(page, '?pageSize=50');
  await page.getByRole('combobox', { name: 'Models seat for Ava Chen' }).click();
  const viewerSeat = page.getByRole('option', { name: 'Viewer' });
  await expect(viewerSeat).toBeDisabled();
  await expect(viewerSeat).toContainText('An org Admin must hold a Full Models seat');
  // The open list is modal (the page behind is aria-hidden): scan the list itself.
  await expectNoSeriousA11yViolations(page, { include: '[role="listbox"]' });
  await page.keyboard.press('Escape');
  await expectNoSeriousA11yViolations(page, { include: 'main' });

  // Two Full seats are left (counting pending invites): take them, then the third is refused.
  for (const name of ['Lena Fischer', 'Bruno Costa']) {
    await page.getByRole('combobox', { name: `Models seat for ${name}` }).click();
    await page.getByRole('option', { name: 'Full' }).click();
    await expect(toast(page, `${name}: Models seat Viewer → Full`, { exact: true })).toBeVisible();
  }
  await expect(page.getByText('No seats left')).toBeVisible();
  await page.getByRole('combobox', { name: 'Models seat for Omar Farouk' }).click();
  const full = page.getByRole('option', { name: 'Full' });
  await expect(full).toBeDisabled();
  await expect(full).toContainText('Seat limit reached');
});

test('lockout guards: a sole team admin cannot become a Viewer; the last admin cannot be demoted', async ({
  page,
}) => {
  await openUsers(page);
  await page.getByRole('combobox', { name: 'Org role for Carla Mendes' }).click();
  const viewer = page.getByRole('option', { name: 'Viewer' });
  await expect(viewer).toBeDisabled();
  await expect(viewer).toContainText('Carla Mendes is the last Admin of team vision');
  await page.keyboard.press('Escape');

  await page.getByRole('combobox', { name: 'Org role for Ben Okafor' }).click();
  await page.getByRole('option', { name: 'Member' }).click();
  // A demotion shows what it takes away first (ADR 0009): the org's own rights lead, long lists are capped.
  const confirm = page.getByRole('dialog', { name: 'Make Ben Okafor Member?' });
  const impact = confirm.getByRole('list', { name: 'Impact of this change' });
  await expect(impact.getByRole('listitem').first()).toContainText('Admin → Member');
  await expect(impact.getByRole('listitem').first()).toContainText('organization Acme ML');
  await expect(impact).toContainText(/and \d+ more/);
  await confirm.getByRole('button', { name: 'Make Member' }).click();
  await expect(toast(page, 'Ben Okafor is now Member', { exact: true })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'has only one admin' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Org role for Ava Chen' }).click();
  const member = page.getByRole('option', { name: 'Member' });
  await expect(member).toBeDisabled();
  await expect(member).toContainText('Ava Chen is the last org Admin of Acme ML');
});

test('an admin demoting themselves is warned first, and then sees the read-only view', async ({ page }) => {
  await openUsers(page);
  await page.getByRole('combobox', { name: 'Org role for Ava Chen' }).click();
  await page.getByRole('option', { name: 'Member' }).click();
  const dialog = page.getByRole('dialog', { name: 'Make yourself Member?' });
  await expect(dialog).toContainText('You will lose access to these settings');
  await expectNoSeriousA11yViolations(page, { include: '[role="dialog"]' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('combobox', { name: 'Org role for Ava Chen' })).toHaveText(/Admin/);

  await page.getByRole('combobox', { name: 'Org role for Ava Chen' }).click();
  await page.getByRole('option', { name: 'Member' }).click();
  await page
    .getByRole('dialog', { name: 'Make yourself Member?' })
    .getByRole('button', { name: 'Demote myself' })
    .click();
  await expect(toast(page, 'You are now Member of Acme ML', { exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Read-only.' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: /^Org role for/ })).toHaveCount(0);
});

test.describe('undo that the server refuses', () => {
  test('Undo is checked like any change: refused with the reason when the seat was taken meanwhile', async ({
    page,
    expectRefusal,
  }) => {
    expectRefusal(409, '/api/orgs/acme-ml/users/user-mgarcia');
    await openUsers(page, '?pageSize=50');
    const giveFullSeat = async (name: string) => {
      await page.getByRole('combobox', { name: `Models seat for ${name}` }).click();
      await page.getByRole('option', { name: 'Full' }).click();
      await expect(toast(page, new RegExp(`^${name}: Models seat`))).toBeVisible();
    };
    // The two free Full seats go; Mateo gives his up; someone else takes it before the Undo.
    await giveFullSeat('Lena Fischer');
    await giveFullSeat('Bruno Costa');
    await page.getByRole('combobox', { name: 'Models seat for Mateo Garcia' }).click();
    await page.getByRole('option', { name: 'No access' }).click();
    await page
      .getByRole('dialog', { name: "Change Mateo Garcia's Models seat to No access?" })
      .getByRole('button', { name: 'Change seat to No access' })
      .click();
    const mateoToast = page
      .getByRole('region', { name: /Notifications/ })
      .getByRole('listitem')
      .filter({ hasText: 'Mateo Garcia: Models seat Full → No access' });
    await expect(mateoToast).toBeVisible();
    await giveFullSeat('Omar Farouk');
    await mateoToast.getByRole('button', { name: 'Undo' }).click();
    await expect(toast(page, 'Could not undo', { exact: true })).toBeVisible();
    await expect(toast(page, /^Seat limit reached/)).toBeVisible();
  });
});

test('on the Teams plan the Viewer role is offered disabled: it needs Enterprise', async ({ page }) => {
  await page.goto('/account-settings/pixel-forge/users?scenario=startup');
  await page.getByRole('combobox', { name: 'Org role for Ben Weber' }).click();
  const viewer = page.getByRole('option', { name: 'Viewer' });
  await expect(viewer).toBeDisabled();
  await expect(viewer).toContainText('The org Viewer role needs an Enterprise license');
});
