import { readFile } from 'node:fs/promises';
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { ORG, openUsers, toast } from './support/console';

const AUDIT_URL = `/account-settings/${ORG}/audit-log`;

test('a role change and its undo show as two entries; filter (in the URL), reload, read before/after, export CSV', async ({
  page,
}) => {
  await openUsers(page);
  const role = page.getByRole('combobox', { name: 'Org role for Mateo Garcia' });
  await role.click();
  await page.getByRole('option', { name: 'Admin' }).click();
  await expect(toast(page, 'Mateo Garcia is now Admin', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(toast(page, 'Undone: Mateo Garcia is Member again', { exact: true })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible();
  const table = page.getByRole('table', { name: 'Audit log entries, newest first' });
  const rows = table.getByRole('row');
  // The demo's months of history (default-history.ts: 30 changes), then these two, newest first: the
  // first page holds 25 (and the header row).
  await expect(rows).toHaveCount(26);
  await expect(page.getByText('1–25 of 32 entries')).toBeVisible();
  // Newest first: the undo, then the change.
  await expect(rows.nth(1)).toContainText(
    "Ava Chen changed Mateo Garcia's org role from Admin to Member (undoing the previous change)",
  );
  await expect(rows.nth(1)).toContainText('organization:update_member');
  await expect(rows.nth(2)).toContainText("Ava Chen changed Mateo Garcia's org role from Member to Admin");
  await expect(rows.nth(2).getByRole('definition')).toHaveText(/Before: Member\s*→\s*, after: Admin/);
  // Beyond the fields: whose access the change altered, and where (the engine's impact, replayed).
  await rows.nth(2).locator('summary').click();
  await expect(rows.nth(2).getByRole('list', { name: 'People affected' })).toContainText(
    /Mateo Garcia gains access to/,
  );

  await page.getByRole('combobox', { name: 'Action' }).click();
  await page.getByRole('option', { name: /^organization:update_member/ }).click();
  await expect(page).toHaveURL(/action=organization%3Aupdate_member/);
  await page.getByRole('searchbox', { name: 'Target' }).fill('mateo');
  await expect(page).toHaveURL(/target=mateo/);
  const today = new Date().toISOString().slice(0, 10);
  await page.getByLabel('From').fill(today);
  await expect(page).toHaveURL(new RegExp(`from=${today}`));
  await expect(rows).toHaveCount(3);

  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Target' })).toHaveValue('mateo');
  await expect(page.getByRole('combobox', { name: 'Action' })).toHaveText(/organization:update_member/);
  await expect(rows).toHaveCount(3);
  await expect(page.getByText('1–2 of 2 entries')).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^acme-ml-audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = (await readFile((await download.path()) ?? '', 'utf8')).trim().split('\r\n');
  expect(lines[0]).toBe(
    'Time,Actor,Actor email,Via View as,Action,Description,Target type,Target,Within,Before,After,Affected',
  );
  expect(lines).toHaveLength(3);
  expect(lines[2]).toContain('organization:update_member');
  expect(lines[2]).toContain('Org role: Member,Org role: Admin');

  // A filter that matches nothing says so; Clear filters brings the entries back.
  await page.getByRole('searchbox', { name: 'Target' }).fill('nobody-at-all');
  await expect(page.getByText('No entries match these filters')).toBeVisible();
  // Nothing to export: the buttons say so instead of making an empty file.
  for (const name of ['Export CSV', 'Export JSON']) {
    await expect(page.getByRole('button', { name })).toBeDisabled();
  }
  await expect(page.getByRole('button', { name: 'Export CSV' })).toHaveAccessibleDescription(
    'Nothing to export: no entries match.',
  );
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows).toHaveCount(26);
  await expect(page).toHaveURL(new RegExp(`${AUDIT_URL}$`));
  await expectNoSeriousA11yViolations(page, { include: 'main' });
});

test('a team role change and its Undo read as two entries with the team', async ({ page }) => {
  await openUsers(page);
  await page.goto('/vision/settings');
  const members = page.getByRole('table', { name: 'Team members' });
  const select = members.getByRole('combobox', { name: /^Team role of /, disabled: false }).last();
  const name = ((await select.getAttribute('aria-label')) ?? '').replace('Team role of ', '');
  const before = (await select.innerText()).replace('▾', '').trim();
  await select.click();
  await page.getByRole('option', { name: before === 'Admin' ? 'Member' : 'Admin', exact: true }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(toast(page, `Restored ${name} to ${before}`).first()).toBeVisible();
  // Today's only: the demo's history has team role changes too (months ago).
  await page.goto(`${AUDIT_URL}?action=team:update_role&from=${new Date().toISOString().slice(0, 10)}`);
  const rows = page.getByRole('table', { name: 'Audit log entries, newest first' }).getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText(`changed ${name}'s role in vision from`);
  await expect(rows.nth(1)).toContainText(`to ${before} (undoing the previous change)`);
  await expect(rows.nth(2)).toContainText(`from ${before} to`);
  await expect(rows.nth(1)).toContainText('Person in vision');
  await expect(rows.nth(1).getByRole('term')).toHaveText('Role in vision');
});

test('an invite entry keeps the height of the others: two fields, the rest behind one line that opens', async ({
  page,
}) => {
  await openUsers(page);
  await page.goto(`${AUDIT_URL}?action=organization:invite_user`);
  const row = page.getByRole('table', { name: 'Audit log entries, newest first' }).getByRole('row').nth(1);
  const changes = row.locator('td[data-column="changes"]');
  await expect(changes.getByRole('term')).toHaveText(['Status', 'Org role']);
  const more = changes.locator('summary');
  await expect(more).toHaveText(/^\d more: Models seat, Weave access/);
  // The fields take no more height than the action's own description (before: six lines of fields).
  const height = (column: string) =>
    row.locator(`td[data-column="${column}"]`).evaluate((td) => {
      const boxes = [...td.children].map((c) => c.getBoundingClientRect());
      return Math.max(...boxes.map((b) => b.bottom)) - Math.min(...boxes.map((b) => b.top));
    });
  expect(await height('changes')).toBeLessThanOrEqual(await height('action'));
  // Opened (by keyboard too), the rest is there.
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(changes.getByRole('term').last()).toHaveText('Expires');
  await expect(changes.getByRole('term').last()).toBeVisible();
  await expectNoSeriousA11yViolations(page, { include: 'main' });
});

test('an org with no history yet: the log says so, and Export is disabled with that reason', async ({
  page,
}) => {
  await page.goto('/?scenario=dedicated');
  await expect(page.getByRole('banner')).toContainText('Northwind Health');
  await page.goto('/account-settings/northwind/audit-log');
  await expect(page.getByText('No changes yet')).toBeVisible();
  for (const name of ['Export CSV', 'Export JSON']) {
    await expect(page.getByRole('button', { name })).toBeDisabled();
    await expect(page.getByRole('button', { name })).toHaveAccessibleDescription(
      'Nothing to export: the log is empty.',
    );
  }
});
