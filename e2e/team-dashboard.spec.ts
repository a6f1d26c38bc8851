import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { openUsers, viewAs } from './support/console';

test('an org admin opens a team from the left navigation and sees its projects and members', async ({
  page,
}) => {
  await openUsers(page);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^vision/ })
    .click();
  await expect(page.getByRole('heading', { name: 'vision', level: 1 })).toBeVisible();
  const projects = page.getByRole('table', { name: 'Projects' });
  // A Restricted project the admin has not joined is listed, flagged as management-only.
  const medical = projects.getByRole('row', { name: /medical-imaging/ });
  await expect(medical).toContainText('Restricted');
  await expect(medical).toContainText('join to see its runs');
  await page.getByRole('tab', { name: /Members/ }).click();
  await expect(
    page.getByRole('table', { name: 'Members' }).getByRole('row', { name: /Carla Mendes/ }),
  ).toContainText('Admin');
  await expectNoSeriousA11yViolations(page, { include: 'main' });
});

test('a View-Only member sees only the projects their role allows', async ({ page }) => {
  await openUsers(page);
  await viewAs(page, 'Erin Walsh');
  await page.goto('/vision');
  await expect(page.getByText('Your role: View-Only')).toBeVisible();
  const projects = page.getByRole('table', { name: 'Projects' });
  await expect(projects.getByRole('row', { name: /vision-baselines/ })).toBeVisible();
  await expect(projects.getByRole('row', { name: /medical-imaging|segmentation-v2/ })).toHaveCount(0);
});

test('a Member reads why the Users page is read-only', async ({ page }) => {
  await openUsers(page);
  await viewAs(page, 'Carla Mendes');
  await expect(page.getByRole('status').filter({ hasText: 'Read-only.' })).toContainText(
    "Only org Admins can change users' org roles and seats",
  );
});

test.describe('hidden teams', () => {
  test('a hidden team is a 404 for a non-member, with no hint of its content', async ({
    page,
    expectRefusal,
  }) => {
    expectRefusal(404, '/api/teams/safety-evals');
    await openUsers(page);
    await viewAs(page, 'Carla Mendes');
    await page.goto('/safety-evals');
    await expect(page.getByRole('alert')).toContainText('Team "safety-evals" was not found');
    await expect(page.getByText('jailbreak-evals')).toHaveCount(0);
  });
});
