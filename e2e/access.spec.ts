// Access page journeys (issue 7): explain a refusal or a grant with the engine's chain, who has access
// (CSV), "Why?" from a disabled control, and the page's accessibility.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { ORG, viewAs } from './support/console';

const ACCESS_URL = `/account-settings/${ORG}/access`;

async function pick(page: Page, search: string, text: string, option: RegExp) {
  await page.getByLabel(search).fill(text);
  await page.getByRole('button', { name: option }).first().click();
}

/** The permission's row in the explanation, opened to show its chain. */
async function openPermission(page: Page, id: string) {
  const item = page.getByRole('listitem').filter({ has: page.locator('summary', { hasText: id }) });
  await item.locator('summary').click();
  return item.getByRole('list', { name: 'Chain of reasons' });
}

test('explains why an org Viewer cannot log runs in a vision project', async ({ page }) => {
  await page.goto(ACCESS_URL);
  await expect(page.getByRole('heading', { name: 'Access', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Change person' }).click();
  await pick(page, 'Find a person', 'Erin', /Erin Walsh/);
  await pick(page, 'Find a team or project', 'vision-baselines', /vision\/vision-baselines/);
  await expect(page.getByRole('heading', { name: 'Erin Walsh on vision/vision-baselines' })).toBeVisible();
  await expect(page.getByText('Effective role:')).toContainText('View-Only');
  const chain = await openPermission(page, 'run:create');
  // In §9 order (ADR 0024): the org role decides; the seat and the View-Only role refuse too, each at
  // its own step, and every step is numbered in the chain.
  const steps = chain.getByRole('listitem');
  await expect(steps.locator('.access-step-label')).toHaveText([
    'Org role',
    'Seat',
    'Team',
    'Visibility',
    'Project role',
    'Role',
  ]);
  await expect(steps.first()).toContainText('Erin Walsh is an org Viewer of Acme ML');
  await expect(steps.first()).toContainText('deciding step');
  await expect(steps.first()).toHaveClass(/access-step-deciding/);
  for (const i of [2, 3, 4]) await expect(steps.nth(i)).not.toContainText(/deciding step|also refuses/);
  await expect(steps.nth(1)).toContainText('Viewer Models seat');
  await expect(steps.nth(1)).toContainText('also refuses');
  await expect(steps.filter({ hasText: 'Erin Walsh is View-Only in team vision' }).first()).toBeVisible();
  await expect(steps.filter({ hasText: 'is visible to the members of team vision' })).toHaveCount(1);
  await expect(steps.last()).toContainText('which does not allow: log new runs (run:create)');
  await expect(steps.last()).toContainText('also refuses');
  // The row names every refusing step, not "+2 more reasons".
  const row = page.locator('summary', { hasText: 'run:create' });
  await expect(row).toContainText('Org role: Erin Walsh is an org Viewer');
  await expect(row).toContainText('Seat: Erin Walsh has a Viewer Models seat');
  await expect(row).not.toContainText('more reason');
  // The selection is in the URL, so the link can be shared.
  await expect(page).toHaveURL(/user=user-ewalsh/);
  await expect(page).toHaveURL(/project=vision%2Fvision-baselines/);
});

test('a team admin sees a Restricted project but not its runs until joining', async ({ page }) => {
  await page.goto(`${ACCESS_URL}?user=user-cmendes&project=vision/medical-imaging`);
  await expect(page.getByRole('heading', { name: 'Carla Mendes on vision/medical-imaging' })).toBeVisible();
  const read = page
    .getByRole('listitem')
    .filter({ has: page.locator('summary', { hasText: 'project:read' }) });
  await expect(read).toContainText('(allowed)');
  const runs = await openPermission(page, 'run:read');
  const visibility = runs.getByRole('listitem').filter({
    hasText:
      'is Restricted and Carla Mendes has not joined it: admins manage it but must join to see its content',
  });
  await expect(visibility).toContainText('Visibility');
  await expect(visibility).toContainText('deciding step');
});

test('explains why a Launch Manager may manage launch queues', async ({ page }) => {
  await page.goto(`${ACCESS_URL}?user=user-dramirez&team=infra&permission=launch:queue_manage`);
  const focus = page.getByRole('status').filter({ hasText: 'launch:queue_manage' });
  await expect(focus).toContainText('Allowed: Configure and delete launch queues');
  await expect(focus.getByRole('listitem').last()).toContainText(
    'Launch Manager in team infra includes launch:queue_manage',
  );
  await page.getByRole('tab', { name: 'What they can access' }).click();
  const teams = page.getByRole('table', { name: 'Teams Diego Ramirez can access' });
  await expect(teams.getByRole('row', { name: /infra/ })).toContainText('Launch Manager');
});

test('who has access to a project, filtered and exported as CSV', async ({ page }) => {
  // From the project: its "Access" section opens the Access page with the project chosen.
  await page.goto('/vision/medical-imaging/overview');
  await page
    .getByRole('navigation', { name: 'Project sections' })
    .getByRole('link', { name: 'Access' })
    .click();
  await expect(page).toHaveURL(/\/access\?project=vision%2Fmedical-imaging&view=who/);
  const table = page.getByRole('table', { name: 'Who has access to vision/medical-imaging' });
  await expect(table.getByRole('row', { name: /Carla Mendes/ })).toContainText('Manages only (not joined)');
  await expect(table.getByRole('row', { name: /Ava Chen/ })).toContainText('Org admin');
  await page.getByRole('combobox', { name: 'Source' }).click();
  await page.getByRole('option', { name: 'Restricted project member' }).click();
  await expect(table.getByRole('row', { name: /Carla Mendes/ })).toHaveCount(0);
  await expect(table.getByRole('row', { name: /Aiko Tanaka/ })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('vision-medical-imaging-access.csv');
  const text = await readFile((await download.path()) ?? '', 'utf8');
  const lines = text.trim().split('\r\n');
  expect(lines[0]).toBe(
    'Name,Kind,Role,Team role,Source,Project role set,Sees content,Writes,Manages users,Why',
  );
  expect(lines.slice(1).every((l) => l.includes('Restricted project member'))).toBe(true);
});

test('"Why?" on a disabled control opens the drawer with the chain, and the full explanation', async ({
  page,
}) => {
  await page.goto(ACCESS_URL);
  await viewAs(page, 'Erin Walsh');
  await page.goto('/vision/vision-baselines/overview');
  const main = page.getByRole('main');
  // An org Viewer may take none of the project's actions: one read-only note instead of disabled controls.
  await expect(main.getByText('Read-only.')).toBeVisible();
  await expect(main.getByRole('button', { name: 'Edit Project Details' })).toHaveCount(0);
  // The runs' actions (reports, sweeps and artifacts below keep theirs: a Viewer may comment on reports).
  const runs = main.getByRole('region', { name: 'Runs' });
  await expect(runs.getByRole('button', { name: /^(Delete|Stop|Move runs)/ })).toHaveCount(0);
  await expect(runs.getByRole('checkbox')).toHaveCount(0);
  await main.getByRole('button', { name: 'Why?' }).first().click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toHaveAccessibleName('Why is this read-only?');
  // One chain per refused action of the group, Edit Project Details first.
  for (const action of ['Edit Project Details', 'Delete runs', 'Move runs']) {
    await expect(drawer.getByRole('region', { name: action })).toBeVisible();
  }
  const chain = drawer.getByRole('region', { name: 'Edit Project Details' }).getByRole('list', {
    name: 'Chain of reasons',
  });
  await expect(
    chain.getByRole('listitem').filter({ hasText: 'View-Only in team vision' }).first(),
  ).toBeVisible();
  await expect(chain).toContainText('deciding step');
  // Every cap that also refuses is named: the org Viewer role, not only the team role.
  await expect(chain).toContainText('org Viewer');
  await drawer.getByRole('button', { name: /Every permission you have in vision\/vision-baselines/ }).click();
  const focus = drawer.getByRole('status').filter({ hasText: 'project:update' });
  await expect(focus).toContainText('Refused: Edit project details and visibility');
  await drawer.getByRole('button', { name: '← Back' }).click();
  await expect(drawer.getByRole('list', { name: 'Chain of reasons' }).first()).toBeVisible();
  // The page underneath is as it was; the same answer is a shareable link on the Access page.
  await drawer.getByRole('link', { name: 'Open on the Access page' }).click();
  await expect(page).toHaveURL(/\/access\?project=vision%2Fvision-baselines&permission=project%3Aupdate/);
  await expect(page.getByRole('status').filter({ hasText: 'project:update' })).toContainText('Refused');
});

test('the drawer from a project lists who has access, and explains one of them', async ({ page }) => {
  await page.goto('/vision/medical-imaging/overview');
  await page.getByRole('main').getByRole('button', { name: 'Who has access' }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toHaveAccessibleName('Who has access to vision/medical-imaging');
  const table = drawer.getByRole('table', { name: 'Who has access to vision/medical-imaging' });
  await expect(table.getByRole('row', { name: /Carla Mendes/ })).toContainText('Manages only (not joined)');
  await table.getByRole('button', { name: 'Explain Carla Mendes' }).click();
  await expect(drawer.getByRole('heading', { name: 'Carla Mendes on vision/medical-imaging' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(page).toHaveURL(/\/vision\/medical-imaging\/overview$/);
});

test('the drawer from a person on the Users page: what they can access', async ({ page }) => {
  await page.goto(`/account-settings/${ORG}/users`);
  await page.getByRole('button', { name: 'Actions for Diego Ramirez' }).click();
  await page.getByRole('menuitem', { name: 'Explain access…' }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toHaveAccessibleName('What Diego Ramirez can access');
  const teams = drawer.getByRole('table', { name: 'Teams Diego Ramirez can access' });
  await expect(teams.getByRole('row', { name: /infra/ })).toContainText('Launch Manager');
  await teams.getByRole('button', { name: 'Explain team infra' }).click();
  await expect(drawer.getByRole('heading', { name: 'Diego Ramirez on team infra' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, { include: '[role="dialog"]' });
});

test('the drawer from an org admin: a Restricted project they have not joined says management without content', async ({
  page,
}) => {
  await page.goto(`/account-settings/${ORG}/users?q=okafor`);
  await page.getByRole('button', { name: 'Actions for Ben Okafor' }).click();
  await page.getByRole('menuitem', { name: 'Explain access…' }).click();
  const projects = page
    .getByRole('dialog', { name: 'What Ben Okafor can access' })
    .getByRole('table', { name: 'Projects Ben Okafor can access' });
  // Not "Admin" beside content they cannot see (issue 15): the badge is what they have.
  const restricted = projects.getByRole('row', { name: /ml-research\/rlhf-experiments/ });
  await expect(restricted).toContainText('Manages only (not joined)');
  await expect(restricted).toContainText('Only after joining');
  await expect(restricted).not.toContainText('Admin');
  const open = projects.getByRole('row', { name: /ml-research\/llm-finetune/ });
  await expect(open).toContainText('Admin');
  await expect(open).toContainText('Sees runs');
});

test.describe('refusals', () => {
  test('a Member may not see someone else’s access: the page says why', async ({ page, expectRefusal }) => {
    expectRefusal(403, '/api/orgs/acme-ml/access/explain?user=user-ewalsh&team=ml-research');
    await page.goto(ACCESS_URL);
    await viewAs(page, 'Mateo Garcia');
    await page.goto(`${ACCESS_URL}?user=user-ewalsh&team=ml-research`);
    const alert = page.getByRole('alert').filter({ hasText: 'Not allowed' });
    await expect(alert).toContainText('Only org admins, and team admins for their own team’s members');
  });
});

test('the Access page has no serious accessibility violations', async ({ page }) => {
  await page.goto(`${ACCESS_URL}?user=user-ewalsh&project=vision/vision-baselines&permission=run:create`);
  await expect(page.getByRole('heading', { name: /Erin Walsh on/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, { include: 'main' });
  await page.getByRole('tab', { name: 'Matrix' }).click();
  await expect(page.getByRole('region', { name: 'Permissions matrix, scrolls sideways' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, { include: '[role="tabpanel"]' });
});

test('a select with refused choices offers "Why?" as its last choice, and changes nothing', async ({
  page,
}) => {
  await page.goto(`/account-settings/${ORG}/users`);
  const seat = page.getByRole('combobox', { name: 'Models seat for Ava Chen' });
  await seat.click();
  await expect(page.getByRole('option', { name: /^No access/ })).toHaveAttribute('aria-disabled', 'true');
  await page.getByRole('option', { name: 'Why are some choices unavailable?' }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toHaveAccessibleName('Models seat for Ava Chen: why some choices are unavailable');
  await expect(drawer.getByRole('region', { name: 'No access' })).toContainText(
    'An org Admin must hold a Full Models seat',
  );
  await page.keyboard.press('Escape');
  await expect(seat).toHaveText(/Full/);
});

test('keyboard only: "Why?" opens the drawer, Escape closes it and focus returns to "Why?"', async ({
  page,
}) => {
  await page.goto(ACCESS_URL);
  await viewAs(page, 'Erin Walsh');
  await page.goto('/vision/vision-baselines/overview');
  const why = page.getByRole('main').getByRole('button', { name: 'Why?' }).first();
  await why.focus();
  await page.keyboard.press('Enter');
  const drawer = page.getByRole('dialog');
  await expect(drawer).toHaveAccessibleName('Why is this read-only?');
  // Focus is inside the drawer, so Tab stays there.
  await expect(drawer.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(why).toBeFocused();
});

test('keyboard only: a menu\'s "Why?" item returns focus to the menu button when the drawer closes', async ({
  page,
}) => {
  await page.goto(`/account-settings/${ORG}/users`);
  const trigger = page.getByRole('button', { name: 'Actions for Carla Mendes' });
  await trigger.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Why is “Remove member” unavailable?' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveAccessibleName('Why is “Remove member” unavailable?');
  await page.keyboard.press('Escape');
  await expect(trigger).toBeFocused();
});

test('organization permissions: "Why?" on an org setting explains the org role, and the Access page picks the org', async ({
  page,
}) => {
  await page.goto(ACCESS_URL);
  await viewAs(page, 'Erin Walsh');
  await page.goto(`/account-settings/${ORG}/settings`);
  await expect(page.getByRole('button', { name: 'Change name' })).toBeDisabled();
  // Refused for the page's reason: the read-only note's one Why? explains it (not one per control).
  await page.getByRole('main').getByRole('button', { name: 'Why?' }).first().click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toHaveAccessibleName('Why is this read-only?');
  await expect(drawer.getByRole('list', { name: 'Chain of reasons' })).toContainText(
    'Erin Walsh is an org Viewer',
  );
  await drawer.getByRole('button', { name: 'Every permission you have in the organization' }).click();
  await expect(drawer.getByRole('heading', { name: 'Erin Walsh in organization Acme ML' })).toBeVisible();
  await expect(drawer.getByRole('status').filter({ hasText: 'organization:update_settings' })).toContainText(
    'Refused',
  );
  await drawer.getByRole('link', { name: 'Open on the Access page' }).click();
  await expect(page).toHaveURL(/scope=org/);
  await expect(page.getByRole('heading', { name: 'Erin Walsh in organization Acme ML' })).toBeVisible();

  // An org admin picks the organization for anyone from the target picker.
  await viewAs(page, 'Ava Chen');
  await page.goto(`${ACCESS_URL}?user=user-dramirez`);
  await pick(page, 'Find a team or project', 'Acme', /Organization Acme ML/);
  await expect(page.getByRole('heading', { name: 'Diego Ramirez in organization Acme ML' })).toBeVisible();
  await expect(page.getByText('Effective role:')).toContainText('Member');
});

test('the drawer from any person row: Team settings members and a project’s Users tab', async ({ page }) => {
  await page.goto('/ml-research/settings');
  const members = page.getByRole('table', { name: 'Team members' });
  await members.getByRole('button', { name: 'Actions for Mateo Garcia' }).click();
  await page.getByRole('menuitem', { name: 'Explain access…' }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByRole('heading', { name: 'Mateo Garcia on team ml-research' })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.goto('/ml-research/llm-finetune/users');
  const people = page.getByRole('table', { name: 'People with access' });
  await people.getByRole('button', { name: 'Explain Mateo Garcia’s access' }).click();
  await expect(
    page.getByRole('dialog').getByRole('heading', { name: 'Mateo Garcia on ml-research/llm-finetune' }),
  ).toBeVisible();
  await expect(page.getByRole('dialog')).toContainText('Effective role:');
});

test('the project page and the Access page count the same permissions for the same person', async ({
  page,
}) => {
  await page.goto(`${ACCESS_URL}?user=user-ewalsh&project=${encodeURIComponent('vision/vision-baselines')}`);
  await expect(page.getByRole('heading', { name: 'Erin Walsh on vision/vision-baselines' })).toBeVisible();
  const counts = await page.getByText(/^\d+ allowed, \d+ refused$/).innerText();
  const [allowed, refused] = counts.match(/\d+/g) ?? [];
  // As Erin, on the project page (issue 15 saw "6 granted, 27 refused" there and "6 allowed, 33 refused" here).
  await viewAs(page, 'Erin Walsh');
  await page.goto('/vision/vision-baselines/overview');
  await expect(page.getByRole('region', { name: 'Your access' })).toContainText(
    `${allowed} permissions allowed, ${refused} refused`,
  );
});
