import { expect, test } from './support/fixtures';
import { openDemoPanel, openUsers, viewAs } from './support/console';

test('state survives a reload, and Reset brings the scenario back', async ({ page }) => {
  await openUsers(page);
  await viewAs(page, 'Carla Mendes');
  await page.reload();
  await expect(page.getByRole('status', { name: 'Acting user' })).toContainText('Carla Mendes');

  const panel = await openDemoPanel(page);
  await panel.getByRole('button', { name: 'Reset scenario' }).click();
  await expect(panel).toBeHidden();
  await expect(page.getByRole('status', { name: 'Acting user' })).toContainText('Ava Chen');
});

test('switching scenario from the demo panel, and by URL', async ({ page }) => {
  await openUsers(page);
  const panel = await openDemoPanel(page);
  await panel.getByRole('combobox', { name: 'Scenario' }).click();
  await page.getByRole('option', { name: /Pixel Forge/ }).click();
  await panel.getByRole('button', { name: 'Switch scenario' }).click();
  await expect(page.getByRole('banner')).toContainText('Pixel Forge');
  await expect(page.getByRole('banner')).toContainText('Teams');

  await page.goto('/?scenario=dedicated');
  await expect(page.getByRole('banner')).toContainText('Northwind Health');
  await expect(page.getByRole('banner')).toContainText('Dedicated Cloud');
  await expect(page).not.toHaveURL(/scenario=/);
});

test('an unknown ?scenario= keeps the current one and says so', async ({ page }) => {
  await page.goto('/?scenario=nonsense');
  await expect(page.getByRole('alert').filter({ hasText: 'no scenario called "nonsense"' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Acme ML');
});

test('a corrupted stored state gives a clear message and a working console, never a blank page', async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded-corruption')) {
      localStorage.setItem('access-console:v1', '{"version":1,"scenario":"default", broken');
      sessionStorage.setItem('seeded-corruption', 'yes');
    }
  });
  await openUsers(page);
  const problem = page.getByRole('alert').filter({ hasText: /saved demo state/i });
  await expect(problem).toBeVisible();
  await problem.getByRole('button', { name: 'Dismiss' }).click();
  await expect(problem).toBeHidden();
  await page.reload();
  await expect(page.getByRole('table', { name: 'Users of the organization' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: /saved demo state/i })).toHaveCount(0);
});

test('a state saved by an older version is reported and replaced', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded-old')) {
      localStorage.setItem('access-console:v0', '{"users":[]}');
      localStorage.setItem('access-console:v1', JSON.stringify({ version: 0, scenario: 'default' }));
      sessionStorage.setItem('seeded-old', 'yes');
    }
  });
  await openUsers(page);
  await expect(page.getByRole('alert').filter({ hasText: /saved demo state|older version/i })).toBeVisible();
});

test('a stored change the rules refuse is dropped and named with its reason; the rest is carried over', async ({
  page,
}) => {
  // A demo state kept in localStorage by an earlier version (before IndexedDB), edited by hand: a
  // rename the rules allow, then a Member demoting the only admin.
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded-edited')) return;
    sessionStorage.setItem('seeded-edited', 'yes');
    const entry = (seq: number, actorId: string, op: object) => ({
      id: `audit-edited-${seq}`,
      seq,
      at: '2026-11-02T10:00:00.000Z',
      actorId,
      viewAs: false,
      op,
    });
    localStorage.setItem(
      'access-console:v1',
      JSON.stringify({
        version: 1,
        scenario: 'default',
        baseTime: '2026-11-01T12:00:00.000Z',
        session: { actingUserId: 'user-achen' },
        demo: { latencyMs: 0, failureRate: 0 },
        log: [
          entry(1, 'user-achen', { type: 'org.rename', orgId: 'org-acme-ml', name: 'Acme Edited' }),
          entry(99, 'user-mgarcia', { type: 'member.setOrgRole', userId: 'user-achen', role: 'viewer' }),
        ],
      }),
    );
  });
  await openUsers(page);
  const problem = page.getByRole('alert').filter({ hasText: /1 saved change was dropped/ });
  await expect(problem).toBeVisible();
  await expect(problem.getByRole('list', { name: 'Changes dropped on loading' })).toContainText(
    /#99 Change a member \(2026-11-02 10:00 UTC\): .+/,
  );
  await expect(page.getByRole('banner')).toContainText('Acme Edited');
  await expect(page.getByRole('status', { name: 'Acting user' })).toContainText('Ava Chen');
  // Carried over to the backend's own store: the old copy is gone.
  expect(await page.evaluate(() => localStorage.getItem('access-console:v1'))).toBeNull();
  await problem.getByRole('button', { name: 'Dismiss' }).click();
  await expect(problem).toBeHidden();
  await page.reload();
  await expect(page.getByRole('table', { name: 'Users of the organization' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Acme Edited');
  await expect(page.getByRole('alert').filter({ hasText: /dropped/ })).toHaveCount(0);
});
