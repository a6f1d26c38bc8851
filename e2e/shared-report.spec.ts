// A report's magic link (ADR 0026) for a signed-out visitor: the report's title and text with nothing
// of the org around it; a link the team's setting deactivates, and one turned off, say so plainly.
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { openUsers } from './support/console';

const SHOTS = process.env.SHOTS_DIR;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}-${page.viewportSize()?.width ?? 0}.png` });
};

async function signOut(page: Page) {
  const status = await page.evaluate(() =>
    fetch('/api/session', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: null }),
    }).then((r) => r.status),
  );
  expect(status).toBe(200);
}

for (const size of [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
]) {
  test(`a signed-out visitor reads a shared report; dead links say why (${size.width})`, async ({
    page,
    expectRefusal,
  }) => {
    expectRefusal(403, '/api/shared-reports/link-tox-eval');
    expectRefusal(404, '/api/shared-reports/link-turned-off');
    await page.setViewportSize(size);
    // The author's project page links to the report's magic link.
    await openUsers(page);
    await page.goto('/ml-research/benchmarks-public/overview');
    await expect(
      page.getByRole('link', { name: 'Open the magic link of Leaderboard, November' }),
    ).toHaveAttribute('href', '/reports/link-leaderboard');
    await signOut(page);
    await page.goto('/reports/link-leaderboard');
    const report = page.getByRole('article', { name: 'Leaderboard, November' });
    await expect(report).toContainText('The 7B fine-tune leads on three of the five public benchmarks');
    await expect(report).toContainText('ml-research/benchmarks-public');
    // No org chrome, no admin navigation.
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Settings' })).toHaveCount(0);
    // (The header keeps only the demo's own controls: no org name, plan or deployment.)
    await expect(page.getByRole('banner').getByText('Multi-tenant Cloud')).toHaveCount(0);
    await shot(page, 'shared-report');
    await expectNoSeriousA11yViolations(page, { include: 'main' });

    await page.goto('/reports/link-tox-eval');
    await expect(page.getByRole('heading', { name: 'This shared report is turned off' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText(
      'Turn off public sharing outside the team for reports in private projects',
    );
    await shot(page, 'shared-report-deactivated');
    await expectNoSeriousA11yViolations(page, { include: 'main' });

    await page.goto('/reports/link-turned-off');
    await expect(page.getByRole('heading', { name: 'This link does not work' })).toBeVisible();
  });
}
