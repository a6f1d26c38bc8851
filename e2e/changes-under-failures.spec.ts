// What a change shows is what the server holds (ADR 0012), under a fixed failure pattern set through
// the demo API: after every step each control shows exactly the server's state; a failed change
// says so beside the control and changes nothing; a change that succeeded stays shown when the
// refresh after it fails, and the read is retried.
import type { Page } from '@playwright/test';
import { readApi, setFailures } from './support/demo-api';
import { expect, test } from './support/fixtures';

// Every injected failure is a 503 the browser logs: each test declares exactly those it provokes.

const TEAM = 'vision';
type TeamSettings = {
  settings: { key: string; label: string; value: boolean }[];
  members: { id: string; name: string; roleLabel: string }[];
};
const serverSettings = (page: Page) => readApi<TeamSettings>(page, `/teams/${TEAM}/settings`);

/** Every switch on the Privacy tab shows the server's value, and none is waiting. */
async function expectSwitchesAsServer(page: Page) {
  await expect(page.locator('[role="switch"][aria-busy="true"]')).toHaveCount(0);
  for (const s of (await serverSettings(page)).settings) {
    await expect(page.getByRole('switch', { name: s.label })).toHaveAttribute(
      'aria-checked',
      String(s.value),
    );
  }
}

async function expectRoleAsServer(page: Page, name: string) {
  const role = page.getByRole('combobox', { name: `Team role of ${name}` });
  await expect(role).not.toHaveAttribute('aria-busy', 'true');
  const member = (await serverSettings(page)).members.find((m) => m.name === name);
  await expect(role).toHaveText(showing(member?.roleLabel ?? 'not a member'));
}

/** A select's trigger reads its value and the ▾ icon: match the value only. */
const showing = (value: string) => new RegExp(`^${value}▾?$`);

const failureBeside = (page: Page, label: string) =>
  page.getByRole('alert').filter({ hasText: `${label}: Not changed.` });

test('team settings: every other change fails; switches and a role show only what the server holds', async ({
  page,
  expectRefusal,
}) => {
  expectRefusal(503, `/api/teams/${TEAM}/settings`, { count: 2 });
  expectRefusal(503, `/api/teams/${TEAM}/members/user-atanaka`);
  await page.goto(`/${TEAM}/settings?tab=privacy`);
  const hide = page.getByRole('switch', { name: 'Hide this team from all non-members' });
  const invite = page.getByRole('switch', { name: 'Allow any team member to invite other team members' });
  await expect(hide).toHaveAttribute('aria-checked', 'false');
  await setFailures(page, { failurePattern: ['fail', 'ok'], failureScope: 'writes' });

  await hide.click();
  await expect(failureBeside(page, 'Hide this team from all non-members')).toContainText(
    'Simulated network failure',
  );
  await expect(hide).toHaveAccessibleDescription(/Not changed/);
  await expectSwitchesAsServer(page);
  await expect(hide).toHaveAttribute('aria-checked', 'false');

  await hide.click();
  await expect(
    page.getByText('Turned on: Hide this team from all non-members', { exact: true }),
  ).toBeVisible();
  await expect(failureBeside(page, 'Hide this team from all non-members')).toHaveCount(0);
  await expectSwitchesAsServer(page);
  await expect(hide).toHaveAttribute('aria-checked', 'true');

  await invite.click();
  await expect(failureBeside(page, 'Allow any team member to invite other team members')).toBeVisible();
  await expectSwitchesAsServer(page);
  await invite.click();
  await expect(failureBeside(page, 'Allow any team member to invite other team members')).toHaveCount(0);
  await expectSwitchesAsServer(page);
  await expect(invite).toHaveAttribute('aria-checked', 'true');

  // A promotion is previewed (a write that passes), then saved (one that fails), then both pass.
  await page.getByRole('tab', { name: /Users/ }).click();
  await setFailures(page, { failurePattern: ['ok', 'fail', 'ok', 'ok'], failureScope: 'writes' });
  const role = page.getByRole('combobox', { name: 'Team role of Aiko Tanaka' });
  await role.click();
  await page.getByRole('option', { name: 'Admin', exact: true }).click();
  await expect(failureBeside(page, 'Team role of Aiko Tanaka')).toContainText('Simulated network failure');
  await expectRoleAsServer(page, 'Aiko Tanaka');
  await expect(role).toHaveText(showing('Member'));

  await role.click();
  await page.getByRole('option', { name: 'Admin', exact: true }).click();
  await expect(page.getByText('Aiko Tanaka is now Admin', { exact: true })).toBeVisible();
  await expect(failureBeside(page, 'Team role of Aiko Tanaka')).toHaveCount(0);
  await expectRoleAsServer(page, 'Aiko Tanaka');
  await expect(role).toHaveText(showing('Admin'));
});

test('a change that succeeds while every read fails stays shown; the read is retried, then Retry recovers', async ({
  page,
  expectRefusal,
}) => {
  expectRefusal(503, `/api/teams/${TEAM}/settings`, { count: 4 });
  expectRefusal(503, '/api/orgs/acme-ml/teams', { count: 4 });
  await page.goto(`/${TEAM}/settings`);
  const role = page.getByRole('combobox', { name: 'Team role of Lena Fischer' });
  await expect(role).toHaveText(showing('Member'));
  let reads = 0;
  page.on('request', (r) => {
    if (r.method() === 'GET' && r.url().endsWith(`/api/teams/${TEAM}/settings`)) reads += 1;
  });
  await setFailures(page, { failurePattern: ['fail'], failureScope: 'reads' });

  await role.click();
  await page.getByRole('option', { name: 'Admin', exact: true }).click();
  await expect(page.getByText('Lena Fischer is now Admin', { exact: true })).toBeVisible();
  await expect(role).toHaveText(showing('Admin'));
  // The refresh after the change fails on every try: the page says so and keeps what was confirmed.
  const notice = page.getByRole('alert').filter({ hasText: 'Could not refresh the team settings.' });
  await expect(notice).toBeVisible();
  expect(reads, 'the refresh and its three retries').toBeGreaterThanOrEqual(4);
  await expect(role).toHaveText(showing('Admin'));
  await expect(failureBeside(page, 'Team role of Lena Fischer')).toHaveCount(0);
  await expect(page.getByRole('navigation').getByRole('link', { name: TEAM })).toBeVisible();

  await setFailures(page, { failurePattern: [], failureScope: 'all' });
  await notice.getByRole('button', { name: 'Retry' }).click();
  await expect(notice).toBeHidden();
  await expectRoleAsServer(page, 'Lena Fischer');
  await expect(role).toHaveText(showing('Admin'));
});

test('users page: a failed seat change puts the confirmed value back and says so; the next one saves', async ({
  page,
  expectRefusal,
}) => {
  expectRefusal(503, '/api/orgs/acme-ml/users/user-mgarcia');
  await page.goto('/account-settings/acme-ml/users');
  const weave = page.getByRole('combobox', { name: 'Weave access for Mateo Garcia' });
  await expect(weave).toHaveText(showing('Full'));
  await setFailures(page, { failurePattern: ['fail', 'ok'], failureScope: 'writes' });
  const server = async () =>
    (
      await readApi<{ items: { name: string; weaveAccess: string }[] }>(
        page,
        '/orgs/acme-ml/users?q=Mateo%20Garcia',
      )
    ).items.find((u) => u.name === 'Mateo Garcia')?.weaveAccess;

  await weave.click();
  await page.getByRole('option', { name: 'Viewer', exact: true }).click();
  await expect(failureBeside(page, 'Weave access for Mateo Garcia')).toContainText(
    'Simulated network failure',
  );
  await expect(weave).toHaveText(showing('Full'));
  expect(await server()).toBe('full');

  await weave.click();
  await page.getByRole('option', { name: 'Viewer', exact: true }).click();
  await expect(page.getByText('Mateo Garcia: Weave access Full → Viewer', { exact: true })).toBeVisible();
  await expect(failureBeside(page, 'Weave access for Mateo Garcia')).toHaveCount(0);
  await expect(weave).toHaveText(showing('Viewer'));
  expect(await server()).toBe('viewer');
});
