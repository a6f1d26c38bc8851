// Import invites from CSV: template, paste or upload, the server's per-row verdicts, send the valid
// rows, the error report; bad files explained; Members refused in the UI and the API alike.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { openUsers, ORG, viewAs } from './support/console';

const toast = (page: Page, text: string) =>
  page
    .getByRole('region', { name: /^Notifications/ })
    .getByRole('listitem')
    .filter({ hasText: text });

async function openImport(page: Page) {
  await openUsers(page);
  await page.getByRole('button', { name: 'Import from CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import invites from CSV' });
  await expect(dialog).toBeVisible();
  return dialog;
}

const FILE = [
  'email,role,seat,teams',
  'ada@example.com,member,full,ml-research:member',
  'grace@example.com,viewer,viewer,vision:viewer',
  'carla.mendes@acme-ml.com,member,none,',
  'bob@example.com,member,none,nope:member',
].join('\n');

test('checks every row, sends the valid ones and offers the rejected ones as a report', async ({ page }) => {
  const dialog = await openImport(page);
  await expectNoSeriousA11yViolations(page, { include: '[role="dialog"]' });

  const templateDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download template' }).click();
  const template = await templateDownload;
  expect(template.suggestedFilename()).toBe('invites-template.csv');
  expect((await readFile(await template.path())).toString()).toMatch(/^email,role,seat,teams\r\n/);

  await dialog.getByLabel('Or paste CSV').fill(FILE);
  await dialog.getByRole('button', { name: 'Check invites' }).click();
  const table = dialog.getByRole('table', { name: 'Rows of the CSV file' });
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(dialog.getByText('2 ready to send')).toBeVisible();
  await expect(dialog.getByText('2 rejected')).toBeVisible();
  await expect(table.getByRole('row', { name: /carla\.mendes/ })).toContainText(
    'Carla Mendes is already a member of Acme ML',
  );
  await expect(table.getByRole('row', { name: /bob@example\.com/ })).toContainText(
    'No team named "nope" in Acme ML',
  );
  await expectNoSeriousA11yViolations(page, { include: '[role="dialog"]' });

  const reportDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download error report' }).click();
  const report = (await readFile(await (await reportDownload).path())).toString();
  expect(report.split('\r\n')[0]).toBe('line,email,role,seat,teams,reason');
  expect(report).toContain('bob@example.com,member,none,nope:member,"No team named ""nope"" in Acme ML"');

  await dialog.getByRole('button', { name: 'Send 2 invites' }).click();
  await expect(dialog.getByText('2 sent')).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  // The toast sat behind the modal (hidden from assistive tech) until now.
  await expect(toast(page, 'Sent 2 invites')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search users' }).fill('example.com');
  await expect(page.getByRole('row', { name: /ada@example\.com/ })).toContainText('Invited');
  await expect(page.getByRole('row', { name: /grace@example\.com/ })).toContainText('vision');
});

test.describe('bad files', () => {
  test('a file that is not CSV, or lacks columns, or has too many rows is explained', async ({
    page,
    expectRefusal,
  }) => {
    expectRefusal(422, '/api/orgs/acme-ml/invites/import?dryRun=1', { count: 2 });
    const dialog = await openImport(page);
    const file = dialog.getByLabel('CSV file');
    await file.setInputFiles({
      name: 'people.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from('PK\u0003\u0004'),
    });
    await expect(dialog.getByRole('alert')).toHaveText(/“people\.xlsx” is not a CSV file/);

    await file.setInputFiles({
      name: 'people.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('email,teams\nada@example.com,\n'),
    });
    await expect(dialog.getByLabel('Or paste CSV')).toHaveValue(/^email,teams/);
    await dialog.getByRole('button', { name: 'Check invites' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(/Missing columns: role, seat/);

    const many = [
      'email,role,seat,teams',
      ...Array.from({ length: 1001 }, (_, i) => `p${i}@example.com,member,none,`),
    ];
    await dialog.getByLabel('Or paste CSV').fill(many.join('\n'));
    await dialog.getByRole('button', { name: 'Check invites' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(/1,001 invites; import at most 1,000/);
    // Nothing typed is lost.
    await expect(dialog.getByLabel('Or paste CSV')).toHaveValue(/p1000@example\.com/);
  });
});

test.describe('as a Member', () => {
  test('Import from CSV is not offered (the page says read-only) and the API refuses', async ({
    page,
    expectRefusal,
  }) => {
    expectRefusal(403, '/api/orgs/acme-ml/invites/import?dryRun=1');
    await openUsers(page);
    await viewAs(page, 'Carla Mendes');
    await expect(page.getByRole('status').filter({ hasText: 'Read-only.' })).toContainText(
      'not invite, import',
    );
    await expect(page.getByRole('button', { name: 'Import from CSV' })).toHaveCount(0);
    const status = await page.evaluate(async (org) => {
      const r = await fetch(`/api/orgs/${org}/invites/import?dryRun=1`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ csv: 'email,role,seat\na@example.com,member,none' }),
      });
      return r.status;
    }, ORG);
    expect(status).toBe(403);
  });
});
