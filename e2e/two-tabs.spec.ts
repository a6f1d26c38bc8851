// One backend per browser (a SharedWorker, mocks/worker): two tabs of the console change things one
// after the other and nothing is lost; each tab shows the other's change without a reload; the audit
// log holds both. Without SharedWorker the backend runs in a leader tab (leader-tab.spec.ts: two tabs).
import { expect, test } from './support/fixtures';
import { openUsers, toast } from './support/console';
import { changeWeaveSeenInOther, pick } from './support/two-tabs';
import { readApi } from './support/demo-api';

test('two tabs: a change in each, both kept, each tab shows the other’s, the audit log has both', async ({
  page,
  context,
}) => {
  const other = await context.newPage();
  await openUsers(page);
  await openUsers(other);

  // Each tab shows the other's change without a reload.
  await changeWeaveSeenInOther(page, other, 'Mateo Garcia', 'Full', 'Viewer');

  await changeWeaveSeenInOther(other, page, 'Carla Mendes', 'Full', 'Viewer');

  // Both changes are held, after a reload of both tabs too, and both are in the audit log.
  await page.reload();
  await other.reload();
  for (const tab of [page, other]) {
    await expect(tab.getByRole('combobox', { name: 'Weave access for Mateo Garcia' })).toHaveText(/Viewer/);
    await expect(tab.getByRole('combobox', { name: 'Weave access for Carla Mendes' })).toHaveText(/Viewer/);
  }
  const log = await readApi<{ items: { description: string }[] }>(page, '/orgs/acme-ml/audit-log');
  const text = log.items.map((i) => i.description).join('\n');
  expect(text).toMatch(/Mateo Garcia/);
  expect(text).toMatch(/Carla Mendes/);
});

test('without SharedWorker the backend runs in the (leader) page: changes are saved and survive a reload', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Reflect.deleteProperty(window, 'SharedWorker');
  });
  await openUsers(page);
  expect(await page.evaluate(() => typeof SharedWorker)).toBe('undefined');
  await pick(page, 'Weave access for Mateo Garcia', 'Viewer');
  await expect(toast(page, 'Mateo Garcia: Weave access Full → Viewer', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Weave access for Mateo Garcia' })).toHaveText(/Viewer/);
});
