// Every page as each of the six people who open the console (issue 15): it settles (no placeholder left
// busy), and axe finds nothing serious. With PERSONA_SHOTS=dir it also saves a screenshot of each at
// 1440×900 and 1024×768, for a person to look at.
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';

const SHOTS = process.env.PERSONA_SHOTS ?? '';

/** The six people: who acts (null: signed out), by id in the default scenario (default-cast.ts). */
const PERSONAS = {
  'org-admin': 'user-achen',
  'team-admin': 'user-cmendes',
  member: 'user-mgarcia',
  'org-viewer': 'user-ewalsh',
  stranger: 'user-sberg',
  'signed-out': null,
} as const;
type Persona = keyof typeof PERSONAS;

const PAGES = {
  users: '/account-settings/acme-ml/users',
  teams: '/account-settings/acme-ml/teams',
  roles: '/account-settings/acme-ml/roles',
  access: '/account-settings/acme-ml/access',
  settings: '/account-settings/acme-ml/settings',
  'audit-log': '/account-settings/acme-ml/audit-log',
  team: '/vision',
  'team-settings': '/vision/settings',
  'open-project': '/llm-platform/llm-eval-harness/overview',
  'open-project-users': '/llm-platform/llm-eval-harness/users',
  'team-project': '/vision/vision-baselines/overview',
} as const;

async function actAs(page: Page, userId: string | null): Promise<void> {
  const status = await page.evaluate(
    (id) =>
      fetch('/api/session', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userId: id }),
      }).then((r) => r.status),
    userId,
  );
  expect(status).toBe(200);
}

for (const [persona, userId] of Object.entries(PERSONAS) as [Persona, string | null][]) {
  test(`every page as ${persona}: settled, no serious axe violation`, async ({ page }) => {
    await page.goto('/account-settings/acme-ml/users');
    await expect(page.getByRole('banner')).toContainText('Acme ML');
    await actAs(page, userId);
    for (const [name, path] of Object.entries(PAGES)) {
      for (const size of SHOTS
        ? [
            { width: 1440, height: 900 },
            { width: 1024, height: 768 },
          ]
        : [null]) {
        if (size) await page.setViewportSize(size);
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
        if (size)
          await page.screenshot({ path: `${SHOTS}/${persona}-${name}-${size.width}.png`, fullPage: true });
      }
      await expectNoSeriousA11yViolations(page);
    }
  });
}
