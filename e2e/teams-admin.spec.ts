import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { openUsers, TEAMS_URL, viewAs, toast } from './support/console';

test('an org admin creates a team, validated as they type, and lands on it', async ({ page }) => {
  await page.goto(TEAMS_URL);
  await page.getByRole('main').getByRole('button', { name: 'Create a team to collaborate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create a team to collaborate' });
  await dialog.getByLabel('Team name').fill('Bad Name');
  await expect(dialog.getByText('Use lowercase letters, digits, - or _ only')).toBeVisible();
  await dialog.getByLabel('Team name').fill('eval-platform');
  await expect(dialog.getByText('cannot be renamed later')).toBeVisible();
  await expectNoSeriousA11yViolations(page, { include: '[role="dialog"]' });
  await dialog.getByRole('button', { name: 'Create team' }).click();
  await expect(page).toHaveURL(/\/eval-platform$/);
  await expect(page.getByRole('heading', { name: 'eval-platform', level: 1 })).toBeVisible();
  await expect(page.getByText('Your role: Admin')).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /eval-platform/ }),
  ).toBeVisible();
});

test.describe('refusals', () => {
  test('a Member sees Create a team disabled with the reason, and the API refuses it', async ({
    page,
    expectRefusal,
  }) => {
    expectRefusal(403, '/api/orgs/acme-ml/teams');
    await openUsers(page);
    await viewAs(page, 'Carla Mendes');
    await page.goto(TEAMS_URL);
    const main = page.getByRole('main');
    const button = main.getByRole('button', { name: 'Create a team to collaborate' });
    const guarded = main.locator('.guarded', {
      has: page.getByRole('button', { name: 'Create a team to collaborate' }),
    });
    await expect(button).toBeDisabled();
    // The left navigation's entry is disabled too.
    await expect(
      page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('button', { name: /Create a team to collaborate/ }),
    ).toBeDisabled();
    await expect(guarded).toHaveAttribute('data-reason', /Only org Admins can create teams/);
    await guarded.focus();
    await expect(page.getByRole('tooltip')).toContainText('Only org Admins');
    const status = await page.evaluate(async () => {
      const r = await fetch('/api/orgs/acme-ml/teams', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'sneaky', storageKind: 'managed' }),
      });
      return r.status;
    });
    expect(status).toBe(403);
  });

  test('a View-Only member reads team settings read-only, and the API refuses changes', async ({
    page,
    expectRefusal,
  }) => {
    expectRefusal(403, '/api/teams/vision/settings');
    await openUsers(page);
    await viewAs(page, 'Erin Walsh');
    await page.goto('/vision/settings');
    await expect(page.getByRole('status').filter({ hasText: 'Read-only.' })).toContainText('View-Only');
    await expect(page.getByRole('button', { name: 'Invite a new user' })).toBeDisabled();
    // The read-only note's "Why?" is the page's one: Invite is refused for the same cause (Erin is an
    // org Viewer), so it keeps the reason for screen readers and adds no "Why?" of its own. The drawer
    // has the whole chain, and the full page.
    const why = page.getByRole('main').getByRole('button', { name: 'Why?' });
    await expect(why).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Invite a new user' }).locator('xpath=..')).toHaveAttribute(
      'data-reason',
      /org Viewer/,
    );
    await why.click();
    const drawer = page.getByRole('dialog');
    await expect(drawer).toHaveAccessibleName('Why is this read-only?');
    await expect(drawer.getByText('View-Only in team vision').first()).toBeVisible();
    await drawer.getByRole('link', { name: 'Open on the Access page' }).click();
    await expect(page).toHaveURL(/\/access\?.*permission=team%3Amanage_settings/);
    await page.goBack();
    await page.getByRole('tab', { name: 'Privacy' }).click();
    const toggle = page.getByRole('switch', { name: 'Allow any team member to invite other team members' });
    await expect(toggle).toBeDisabled();
    // A switch refused for the same reason keeps it for screen readers, not another "Why?".
    await expect(toggle).toHaveAccessibleDescription(/View-Only/);
    await expect(toggle.locator('xpath=..').getByRole('button', { name: 'Why?' })).toHaveCount(0);
    const status = await page.evaluate(async () => {
      const r = await fetch('/api/teams/vision/settings', {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ membersCanInvite: true }),
      });
      return r.status;
    });
    expect(status).toBe(403);
  });

  test('a hidden team’s settings are a 404 for a non-member', async ({ page, expectRefusal }) => {
    expectRefusal(404, '/api/teams/safety-evals/settings');
    await openUsers(page);
    await viewAs(page, 'Carla Mendes');
    await page.goto('/safety-evals/settings');
    await expect(page.getByRole('alert')).toContainText('Team "safety-evals" was not found');
    // A way on, not a dead end: the teams they can open.
    await page.getByRole('alert').getByRole('link', { name: 'See the teams you can open' }).click();
    await expect(page.getByRole('heading', { name: 'Teams', level: 1 })).toBeVisible();
  });

  test('a Member refused a team’s settings is sent to the team', async ({ page, expectRefusal }) => {
    expectRefusal(403, '/api/teams/vision/settings');
    await openUsers(page);
    await viewAs(page, 'Mateo Garcia');
    await page.goto('/vision/settings');
    await expect(page.getByRole('alert')).toContainText('Not allowed');
    await page.getByRole('alert').getByRole('link', { name: 'Go to team vision' }).click();
    await expect(page.getByRole('heading', { name: 'vision', level: 1 })).toBeVisible();
  });

  test('a team’s last Admin is told once why she can neither leave nor change her role', async ({ page }) => {
    await openUsers(page);
    await viewAs(page, 'Carla Mendes');
    await page.goto('/vision/settings');
    await expect(page.getByRole('table', { name: 'Team members' })).toBeVisible();
    await expect(page.getByRole('main').getByText(/last Admin of team vision/)).toHaveCount(1);
  });
});

test('a team admin invites, changes a role with Undo, and removes a user', async ({ page }) => {
  await openUsers(page);
  await viewAs(page, 'Carla Mendes');
  await page.goto('/vision');
  await page.getByRole('link', { name: 'Team settings' }).click();
  await expect(page.getByRole('heading', { name: 'Team settings' })).toBeVisible();
  const members = page.getByRole('table', { name: 'Team members' });

  // The last admin and the org Viewer say why their roles are fixed.
  await expect(members.getByRole('row', { name: /Carla Mendes/ })).toContainText('last Admin');

  await page.getByRole('button', { name: 'Invite a new user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite a new user' });
  await dialog.getByLabel('Email or username').fill('mgarcia');
  await dialog.getByRole('button', { name: 'Invite' }).click();
  await expect(toast(page, 'Mateo Garcia joined vision as Member').first()).toBeVisible();
  await expect(members.getByRole('row', { name: /Mateo Garcia/ })).toBeVisible();

  await members.getByRole('combobox', { name: 'Team role of Mateo Garcia' }).click();
  await page.getByRole('option', { name: 'Admin' }).click();
  await expect(toast(page, 'Mateo Garcia is now Admin').first()).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(toast(page, 'Restored Mateo Garcia to Member').first()).toBeVisible();
  await expect(members.getByRole('combobox', { name: 'Team role of Mateo Garcia' })).toHaveText(/Member/);

  await members.getByRole('button', { name: 'Actions for Mateo Garcia' }).click();
  await page.getByRole('menuitem', { name: 'Remove user' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove Mateo Garcia from vision?' });
  await expect(confirm).toContainText('Runs, reports and artifacts they created stay');
  await expect(confirm.getByRole('region', { name: 'Impact of this change' })).toContainText(
    'vision/vision-baselines',
  );
  await confirm.getByRole('button', { name: 'Remove user' }).click();
  await expect(members.getByRole('row', { name: /Mateo Garcia/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, { include: 'main' });
});

test('privacy toggles, a service account whose key is shown once, and deleting the team', async ({
  page,
}) => {
  await page.goto('/vision/settings?tab=privacy');
  const toggle = page.getByRole('switch', { name: 'Allow any team member to invite other team members' });
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await expectNoSeriousA11yViolations(page, { include: '[role="tabpanel"]' });

  await page.getByRole('tab', { name: /Service accounts/ }).click();
  await page.getByRole('button', { name: 'New service account' }).click();
  const dialog = page.getByRole('dialog', { name: 'New service account' });
  await dialog.getByLabel('Name').fill('train-bot');
  await dialog.getByRole('button', { name: 'Create' }).click();
  const keyDialog = page.getByRole('dialog', { name: 'API key for train-bot' });
  const key = (await keyDialog.getByLabel('API key').innerText()).trim();
  expect(key).toMatch(/^[0-9a-f]{40}$/);
  await keyDialog.getByRole('button', { name: 'Done' }).click();
  await expect(
    page.getByRole('table', { name: 'Service accounts' }).getByRole('row', { name: /train-bot/ }),
  ).toContainText(key.slice(-4));

  await page.getByRole('tab', { name: 'Danger zone' }).click();
  await expect(page.getByText(/Deleting vision deletes its \d+ projects/)).toBeVisible();
  await page.getByRole('button', { name: 'Delete team' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete vision?' });
  await expect(confirm.getByRole('button', { name: 'Delete this team' })).toBeDisabled();
  await confirm.getByLabel(/Type vision to confirm/).fill('vision');
  await confirm.getByRole('button', { name: 'Delete this team' }).click();
  await expect(page).toHaveURL(/\/account-settings\/acme-ml\/teams$/);
  await expect(page.getByRole('table', { name: 'Teams' }).getByRole('row', { name: /vision/ })).toHaveCount(
    0,
  );
});

test('an org-enforced setting is locked in the team with the lock message', async ({ page }) => {
  await page.goto('/vision/settings?tab=privacy');
  // The service worker answers /api only once the console has booted.
  const toggle = page.getByRole('switch', { name: 'Allow any team member to invite other team members' });
  await expect(toggle).toBeEnabled();
  const status = await page.evaluate(async () => {
    const r = await fetch('/api/orgs/acme-ml/settings/enforcements', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ setting: 'membersCanInvite', value: false }),
    });
    return `${r.status} ${await r.text()}`;
  });
  expect(status).toMatch(/^200 /);
  await page.reload();
  await expect(toggle).toBeDisabled();
  await expect(page.getByText("This setting is locked because it's enforced org-wide")).toBeVisible();
});

test('Create a team is also in the left navigation', async ({ page }) => {
  await page.goto(TEAMS_URL);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: /Create a team to collaborate/ })
    .click();
  await expect(page.getByRole('dialog', { name: 'Create a team to collaborate' })).toBeVisible();
});
