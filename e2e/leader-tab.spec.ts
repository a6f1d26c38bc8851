// Without SharedWorker, one backend per browser still: the first tab is elected leader (Web Locks) and
// runs the backend; the other tab forwards its requests to it. A change in each tab, both kept, each
// tab shows the other's; then the leader closes, the other tab takes over from IndexedDB, and its next
// change is kept with the others.
import { expect, test } from './support/fixtures';
import { openUsers, toast } from './support/console';
import { changeWeaveSeenInOther, pick } from './support/two-tabs';

test('two tabs without SharedWorker: the leader tab runs the backend, and another takes over when it closes', async ({
  page,
  context,
}) => {
  await context.addInitScript(() => {
    Reflect.deleteProperty(window, 'SharedWorker');
  });
  await openUsers(page);
  const other = await context.newPage();
  await openUsers(other);
  expect(await other.evaluate(() => typeof SharedWorker)).toBe('undefined');

  await changeWeaveSeenInOther(page, other, 'Mateo Garcia', 'Full', 'Viewer');

  await changeWeaveSeenInOther(other, page, 'Carla Mendes', 'Full', 'Viewer');

  // The leader (the first tab) closes: the other tab takes over from IndexedDB.
  await page.close();
  await pick(other, 'Weave access for Mateo Garcia', 'Full');
  await expect(toast(other, 'Mateo Garcia: Weave access Viewer → Full', { exact: true })).toBeVisible();

  await other.reload();
  await expect(other.getByRole('combobox', { name: 'Weave access for Mateo Garcia' })).toHaveText(/Full/);
  await expect(other.getByRole('combobox', { name: 'Weave access for Carla Mendes' })).toHaveText(/Viewer/);
  const third = await context.newPage();
  await openUsers(third);
  await expect(third.getByRole('combobox', { name: 'Weave access for Carla Mendes' })).toHaveText(/Viewer/);
  await expect(third.getByRole('combobox', { name: 'Weave access for Mateo Garcia' })).toHaveText(/Full/);
});
