import { readFile } from 'node:fs/promises';
import { expect, test } from './support/fixtures';
import { openUsers, toast } from './support/console';

test('export CSV downloads the filtered list, all pages', async ({ page }) => {
  await openUsers(page, '?role=member&pageSize=10');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^acme-ml-users-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile((await download.path()) ?? '', 'utf8');
  const lines = text.trim().split('\r\n');
  expect(lines[0]).toBe(
    'Name,Username,Email,Org role,Models seat,Weave access,Teams,Hidden teams,Status,Last active,Billing admin,Invited by,Invite expires',
  );
  // More Members than the page shows: the export is the whole filtered list (invites included).
  expect(lines.length - 1).toBeGreaterThan(10);
  expect(lines.slice(1).every((l) => l.split(',')[3] === 'Member')).toBe(true);
  expect(text).toContain(
    'Mateo Garcia,mgarcia,mateo.garcia@acme-ml.com,Member,Full,Full,llm-platform; ml-research',
  );
  await expect(toast(page, 'Export ready', { exact: true })).toBeVisible();
});
