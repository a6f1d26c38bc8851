// Roles refusals: read-only for Members (one note with the engine's reason, Create disabled with it, the
// API says 403),
// in-place errors for the server's 409/422, and the Enterprise reason on a Teams plan.
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { ORG, openUsers, viewAs } from './support/console';

const ROLES_URL = `/account-settings/${ORG}/roles`;

test.describe('refusals', () => {
  test('a Member reads the page; every change is disabled with the reason and refused by the API', async ({
    page,
    expectRefusal,
  }) => {
    expectRefusal(403, '/api/orgs/acme-ml/roles');
    expectRefusal(403, '/api/orgs/acme-ml/roles/role-launch-manager');
    await openUsers(page);
    await viewAs(page, 'Mateo Garcia');
    await page.goto(ROLES_URL);
    await expect(page.getByRole('table', { name: 'Custom roles' })).toBeVisible();
    await expect(
      page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: 'Read-only.' }),
    ).toContainText('Only org Admins');
    await expect(page.getByRole('button', { name: 'Create a role' })).toBeDisabled();
    // Changing no role at all, they get the note once, not a disabled Edit and Delete and a Why? per row.
    for (const name of ['Edit Launch Manager', 'Delete Launch Manager']) {
      await expect(page.getByRole('button', { name })).toHaveCount(0);
    }
    await expect(
      page.getByRole('table', { name: 'Custom roles' }).getByRole('button', { name: 'Why?' }),
    ).toHaveCount(0);
    const guarded = page.locator('.guarded', { has: page.getByRole('button', { name: 'Create a role' }) });
    await expect(guarded).toHaveAttribute('data-reason', /Only org Admins/);
    await guarded.focus();
    await expect(page.getByRole('tooltip')).toContainText('Only org Admins');
    // Compare is for everyone.
    await page.getByRole('button', { name: 'Compare Launch Manager with other roles' }).click();
    await expect(
      page.getByRole('table', { name: /Permission matrix of Launch Manager, View-Only/ }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page, { include: 'main' });
    const statuses = await page.evaluate(async (org) => {
      const post = await fetch(`/api/orgs/${org}/roles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Sneaky', description: '', base: 'viewer', added: ['run:stop'] }),
      });
      const del = await fetch(`/api/orgs/${org}/roles/role-launch-manager`, { method: 'DELETE' });
      return [post.status, del.status];
    }, ORG);
    expect(statuses).toEqual([403, 403]);
  });

  test("the server's refusal on Create lands in place and keeps the input", async ({
    page,
    expectRefusal,
  }) => {
    expectRefusal(409, '/api/orgs/acme-ml/roles');
    await page.goto(ROLES_URL);
    await page.getByRole('button', { name: 'Create a role' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create a role' });
    // Submit at once, before the live check answers: the 409 of Create itself lands on the name.
    await dialog.getByLabel('Name', { exact: true }).fill('LAUNCH MANAGER');
    await dialog.getByRole('checkbox', { name: /launch:queue_create/ }).click();
    await dialog.getByRole('button', { name: 'Create Role' }).click();
    await expect(dialog.getByText('A role named LAUNCH MANAGER already exists')).toBeVisible();
    await expect(dialog.getByLabel('Name', { exact: true })).toHaveValue('LAUNCH MANAGER');
    await expect(dialog.getByRole('list', { name: 'Added permissions' })).toContainText(
      'launch:queue_create',
    );
    // Removing the only added permission: the form says what is missing.
    await dialog.getByRole('button', { name: 'Remove launch:queue_create' }).click();
    await expect(dialog.getByText('Add at least one permission the base role does not have')).toBeVisible();
  });
});

test('on a Teams plan the page says custom roles need an Enterprise license', async ({ page }) => {
  await page.goto('/?scenario=startup');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roles' }).click();
  await expect(page.getByRole('heading', { name: 'Roles', level: 1 })).toBeVisible();
  await expect(page.getByText('No custom roles yet')).toBeVisible();
  await expect(page.getByText('Custom roles need an Enterprise license').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create a role' })).toBeDisabled();
  await expect(page.getByRole('table', { name: 'Built-in roles' })).toContainText('View-Only');
});
