import type { Locator } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { openUsers, toast, viewAs } from './support/console';
import { actAs } from './support/personas';

test.describe('restricted creation', () => {
  // Switching to Victor while on the new project's page: it is a 404 for him, which is the point.

  test('create a Restricted project with invitees; an uninvited team member cannot see it', async ({
    page,
    expectRefusal,
  }) => {
    expectRefusal(404, '/api/projects/vision/depth-secret');
    // The Overview also asks for the project's reports, sweeps and artifacts (ADR 0026); whether that
    // refetch goes out (and is refused) before the page moves on to /vision is the browser's timing.
    expectRefusal(404, '/api/projects/vision/depth-secret/content', { count: 0, atMost: 1 });
    await openUsers(page);
    await viewAs(page, 'Samir Khan');
    await page.goto('/vision');
    await page.getByRole('main').getByRole('button', { name: 'Create new project' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create new project' });
    await dialog.getByLabel('Project name').fill('depth-secret');
    // vision makes future projects private: Open and Public are disabled with the reason.
    await expect(dialog.getByRole('radio', { name: /^Open/ })).toBeDisabled();
    await expect(dialog.getByRole('radio', { name: /^Public/ })).toBeDisabled();
    await dialog.getByRole('radio', { name: /^Restricted/ }).check();
    await dialog.getByRole('checkbox', { name: 'Aiko Tanaka' }).click();
    await expectNoSeriousA11yViolations(page, { include: '[role="dialog"]' });
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await expect(page).toHaveURL(/\/vision\/depth-secret\/overview$/);
    await expect(page.getByRole('heading', { name: /depth-secret/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page, { include: 'main' });

    await viewAs(page, 'Victor Dubois');
    await page.goto('/vision');
    await expect(page.getByRole('table', { name: 'Projects' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'depth-secret' })).toHaveCount(0);
  });
});

test('Team → Restricted shows who loses access before it is saved', async ({ page }) => {
  await page.goto('/ml-research/tokenizer-ablations/overview');
  await page.getByRole('button', { name: 'Edit Project Details' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit Project Details' });
  await dialog.getByRole('radio', { name: /^Restricted/ }).check();
  await dialog.getByRole('button', { name: 'Review change' }).click();
  const review = page.getByRole('dialog', { name: 'Review the change' });
  await expect(review.getByRole('region', { name: 'Impact of this change' })).toContainText(/lose access/);
  await expect(review).not.toContainText('Ava Chen (was');
  // W&B's "Invite team members", in the same step: a kept member leaves the list of those who lose access.
  const keep = review.getByRole('group', { name: 'Invite team members' });
  await keep.getByRole('checkbox', { name: 'Gabriel Rossi' }).click();
  await expect(keep.getByRole('checkbox', { name: 'Gabriel Rossi' })).toBeChecked();
  await expect(review.getByRole('region', { name: /^Lose access/ })).not.toContainText('Gabriel Rossi');
  await review.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { name: /tokenizer-ablations/ })).toContainText('Restricted');
  await page.goto('/ml-research/tokenizer-ablations/users');
  const people = page.getByRole('table', { name: 'People with access' });
  await expect(people.getByRole('row', { name: /Gabriel Rossi/ })).toBeVisible();
});

test('project roles: override shows *, the team role moves tracking roles and leaves overridden ones', async ({
  page,
}) => {
  await page.goto('/ml-research/llm-finetune/users');
  const table = page.getByRole('table', { name: 'People with access' });
  await expect(
    table
      .getByRole('row', { name: /Mateo Garcia/ })
      .getByRole('button', { name: /differs from the team role/ }),
  ).toBeVisible();
  // Override Wen Zhang (team Member) to View-Only, a downgrade confirmed first: the * appears.
  await table.getByRole('combobox', { name: 'Project role of Wen Zhang' }).click();
  await page.getByRole('option', { name: 'View-Only' }).click();
  await page
    .getByRole('dialog', { name: 'Make Wen Zhang View-Only in llm-finetune?' })
    .getByRole('button', { name: 'Make View-Only' })
    .click();
  await expect(
    table.getByRole('row', { name: /Wen Zhang/ }).getByRole('button', { name: /differs from the team role/ }),
  ).toBeVisible();
  // Choosing the team role again clears it.
  await table.getByRole('combobox', { name: 'Project role of Wen Zhang' }).click();
  await page.getByRole('option', { name: 'Member' }).click();
  await expect(
    table.getByRole('row', { name: /Wen Zhang/ }).getByRole('button', { name: /differs/ }),
  ).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, { include: 'main' });
});

test('remove an overridden user from a Restricted project and add them back: the team role returns', async ({
  page,
}) => {
  await page.goto('/ml-research/rlhf-experiments/users');
  const table = page.getByRole('table', { name: 'People with access' });
  await expect(
    table.getByRole('row', { name: /Jia Li/ }).getByRole('button', { name: /differs/ }),
  ).toBeVisible();
  await table.getByRole('button', { name: 'Remove Jia Li from rlhf-experiments' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove Jia Li from rlhf-experiments?' });
  await expect(confirm).toContainText('they get their team role');
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await expect(table.getByRole('row', { name: /Jia Li/ })).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Team member or service account' }).click();
  await page.getByRole('option', { name: 'Jia Li', exact: true }).click();
  await page.getByRole('button', { name: 'Add user' }).click();
  await expect(table.getByRole('row', { name: /Jia Li/ })).toBeVisible();
  await expect(
    table.getByRole('row', { name: /Jia Li/ }).getByRole('button', { name: /differs/ }),
  ).toHaveCount(0);
});

test('a team admin joins a Restricted project to see its runs; runs move in but not out', async ({
  page,
}) => {
  await openUsers(page);
  await viewAs(page, 'Carla Mendes');
  await page.goto('/vision/medical-imaging/overview');
  // The badge and the banner say what a team admin has before joining: management, not the content.
  await expect(
    page.getByText('but sees its runs, reports and artifacts only after joining it').first(),
  ).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Your access' }).getByText('Manages only (not joined)'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Join project' }).click();
  await expect(page.getByRole('table', { name: 'Runs' })).toBeVisible();
  // Out of a Restricted project: refused, and the page says why.
  await expect(
    page.getByText('Runs cannot be moved out of Restricted project vision/medical-imaging').first(),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /Move runs/ })).toBeDisabled();
  await page.goto('/vision/vision-baselines/overview');
  const runs = page.getByRole('table', { name: 'Runs' });
  await runs.getByRole('checkbox').first().click();
  await page.getByRole('button', { name: /Move runs/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Move runs' });
  await dialog.getByRole('combobox', { name: 'Destination project' }).click();
  await page.getByRole('option', { name: /medical-imaging/ }).click();
  await dialog.getByRole('button', { name: 'Move' }).click();
  await expect(toast(page, 'Moved 1 run(s)').first()).toBeVisible();
});

test.describe('outsiders', () => {
  test('a signed-out visitor opens a Public project by its link and can read but not submit', async ({
    page,
    expectRefusal,
  }) => {
    // Signing out on the Users page may refetch its list and the invite options as nobody before the
    // page gives way to "Sign in" (ADR 0023): at most once each.
    expectRefusal(401, '/api/orgs/acme-ml/users?sort=name&dir=asc&page=1&pageSize=25', {
      count: 0,
      atMost: 1,
    });
    expectRefusal(401, '/api/orgs/acme-ml/invites/options', { count: 0, atMost: 1 });
    await openUsers(page);
    await page.getByRole('button', { name: 'User menu' }).click();
    await page.getByRole('menuitem', { name: 'View as…' }).click();
    await page.getByRole('button', { name: /Sign out/ }).click();
    // Navigate only once the server has signed out, or the page may load as the admin.
    await expect(page.getByRole('status', { name: 'Acting user' })).toContainText('anonymous visitor');
    await expect(page.getByRole('heading', { name: 'Sign in to see Acme ML', level: 1 })).toBeVisible();
    await page.goto('/ml-research/benchmarks-public/overview');
    await expect(page.getByRole('heading', { name: /benchmarks-public/ })).toContainText('Public');
    await page.getByText(/permissions allowed/).click();
    const perms = page.getByRole('list', { name: 'Permissions' });
    await expect(perms.getByText('(allowed)').first()).toBeVisible();
    await expect(perms.locator('li', { hasText: 'run:create' })).toContainText('(refused)');
    // They may do none of the project's actions: one read-only note, no column of refused buttons.
    await expect(page.getByRole('status').filter({ hasText: 'Read-only.' })).toBeVisible();
    const runs = page.getByRole('table', { name: 'Runs' });
    await expect(runs.getByRole('button', { name: /^(Delete|Stop)/ })).toHaveCount(0);
    await expect(runs.getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Edit Project Details|Move runs/ })).toHaveCount(0);
    await expectSameRowHeights(runs);
    expectRefusal(404, '/api/projects/ml-research/llm-finetune');
    await page.goto('/ml-research/llm-finetune/overview');
    await expect(page.getByRole('alert')).toContainText('was not found');
  });

  test('a signed-out visitor on an Open project: may submit runs, and reads one note for the rest', async ({
    page,
  }) => {
    await actAs(page, 'signed-out');
    await page.goto('/llm-platform/llm-eval-harness/overview');
    await expect(page.getByRole('heading', { name: /llm-eval-harness/ })).toContainText('Open');
    await page.getByText(/permissions allowed/).click();
    const perms = page.getByRole('list', { name: 'Permissions' });
    await expect(perms.locator('li', { hasText: 'run:create' })).toContainText('(allowed)');
    // Open lets anyone submit, but none of the project's own actions: one note says so.
    const note = page.getByRole('status').filter({ hasText: 'Read-only.' });
    await expect(note).toContainText("Anyone's access to an Open project does not include");
    const runs = page.getByRole('table', { name: 'Runs' });
    await expect(runs.getByRole('button', { name: /^(Delete|Stop|Why\?)/ })).toHaveCount(0);
    await expect(runs.getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Edit Project Details|Move runs/ })).toHaveCount(0);
    await expectSameRowHeights(runs);
  });
});

test('a team-role change moves tracking project roles and leaves overridden ones', async ({ page }) => {
  await page.goto('/ml-research/settings');
  const members = page.getByRole('table', { name: 'Team members' });
  // Gabriel Rossi tracks his team role in llm-finetune; Mateo Garcia has an Admin override there.
  await members.getByRole('combobox', { name: 'Team role of Gabriel Rossi' }).click();
  await page.getByRole('option', { name: 'Admin' }).click();
  await expect(toast(page, 'Gabriel Rossi is now Admin').first()).toBeVisible();
  await members.getByRole('combobox', { name: 'Team role of Mateo Garcia' }).click();
  await page.getByRole('option', { name: 'Artifact Curator' }).click();
  // A downgrade shows what it takes away before it happens.
  const confirm = page.getByRole('dialog', { name: 'Make Mateo Garcia Artifact Curator?' });
  await expect(confirm.getByRole('list', { name: 'Impact of this change' })).toContainText('ml-research');
  await confirm.getByRole('button', { name: 'Make Artifact Curator' }).click();
  await expect(toast(page, '1 project override kept').first()).toBeVisible();

  await page.goto('/ml-research/llm-finetune/users');
  const table = page.getByRole('table', { name: 'People with access' });
  await expect(table.getByRole('combobox', { name: 'Project role of Gabriel Rossi' })).toHaveText(/Admin/);
  await expect(
    table.getByRole('row', { name: /Gabriel Rossi/ }).getByRole('button', { name: /differs/ }),
  ).toHaveCount(0);
  await expect(table.getByRole('combobox', { name: 'Project role of Mateo Garcia' })).toHaveText(/Admin/);
  await expect(
    table
      .getByRole('row', { name: /Mateo Garcia/ })
      .getByRole('button', { name: /differs from the team role, Artifact Curator/ }),
  ).toBeVisible();
});

test('Create new project from the left navigation: pick the team, then the usual form', async ({ page }) => {
  await page.goto('/account-settings/acme-ml/teams');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: /Create new project/ })
    .click();
  const pick = page.getByRole('dialog', { name: 'Create new project' });
  await pick.getByRole('combobox', { name: 'Team' }).click();
  await page.getByRole('option', { name: 'ml-research' }).click();
  await pick.getByRole('button', { name: 'Continue' }).click();
  const form = page.getByRole('dialog', { name: 'Create new project' });
  await expect(form).toContainText('A project of team ml-research');
  await form.getByLabel('Project name').fill('nav-made');
  await form.getByRole('button', { name: 'Create project' }).click();
  await expect(page).toHaveURL(/\/ml-research\/nav-made\/overview$/);
});

test('a Member deletes their own runs; the others’ Delete stays, refused with the reason', async ({
  page,
}) => {
  await openUsers(page);
  await viewAs(page, 'Mateo Garcia');
  await page.goto('/llm-platform/llm-eval-harness/overview');
  const runs = page.getByRole('table', { name: 'Runs' });
  // Some of the group is theirs: the controls stay, the refused ones disabled with their reason.
  await expect(page.getByRole('status').filter({ hasText: 'Read-only.' })).toHaveCount(0);
  await expect(runs.getByRole('button', { name: 'Delete golden-galaxy-4' })).toBeEnabled();
  await expect(runs.getByRole('button', { name: 'Delete misty-river-3' })).toBeDisabled();
  // A row says its refusals once: Stop and Delete refused, one "Why?" for both.
  const running = runs.getByRole('row', { name: /crimson-resonance-7/ });
  await expect(running.getByRole('button', { name: 'Stop crimson-resonance-7' })).toBeDisabled();
  await expect(running.getByRole('button', { name: 'Why?' })).toHaveCount(1);
  await expectSameRowHeights(runs);
});

test('a Member reads a project’s users read-only: the reason once, not under every role', async ({
  page,
}) => {
  await openUsers(page);
  await viewAs(page, 'Gabriel Rossi');
  await page.goto('/ml-research/llm-finetune/users');
  const notes = page.getByRole('status').filter({ hasText: 'Read-only.' });
  await expect(notes).toHaveCount(1);
  await expect(notes).toContainText('project:manage_users');
  const table = page.getByRole('table', { name: 'People with access' });
  await expect(table.getByRole('row', { name: /Ava Chen/ })).toBeVisible();
  await expect(table.getByText(/does not allow: manage the project/)).toHaveCount(0);
});

/** Every cell of each row as tall as its row: no squeezed cell wraps, no row border is out of line. */
async function expectSameRowHeights(table: Locator) {
  await expect(table.locator('tbody tr').first()).toBeVisible();
  const mismatched = await table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.flatMap((row, i) =>
        [...row.querySelectorAll('td')]
          .filter(
            (td) => Math.abs(td.getBoundingClientRect().height - row.getBoundingClientRect().height) > 1,
          )
          .map((td) => `row ${i + 1}, ${td.dataset.column ?? td.cellIndex}`),
      ),
    );
  expect(mismatched).toEqual([]);
  const heights = await table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => Math.round(r.getBoundingClientRect().height)));
  expect(
    Math.max(...heights) - Math.min(...heights),
    `row heights ${heights.join(', ')}`,
  ).toBeLessThanOrEqual(1);
}
