// Every page as each of the six people who open the console (issue 15): it settles (no placeholder left
// busy), and axe finds nothing serious. With PERSONA_SHOTS=dir it also saves a screenshot of each at
// 1440×900 and 1024×768, for a person to look at.
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { actAs, PERSONAS, SIZES, type Persona } from './support/personas';

const SHOTS = process.env.PERSONA_SHOTS ?? '';

const ACCESS = '/account-settings/acme-ml/access?project=llm-platform%2Fllm-eval-harness';

const PAGES = {
  users: '/account-settings/acme-ml/users',
  teams: '/account-settings/acme-ml/teams',
  roles: '/account-settings/acme-ml/roles',
  access: '/account-settings/acme-ml/access',
  // The Access page's four tabs, on an Open project everyone in the org may see.
  'access-explain': `${ACCESS}&view=explain`,
  'access-what': `${ACCESS}&view=user`,
  'access-who': `${ACCESS}&view=who`,
  'access-matrix': `${ACCESS}&view=matrix`,
  settings: '/account-settings/acme-ml/settings',
  'audit-log': '/account-settings/acme-ml/audit-log',
  'user-settings': '/settings',
  team: '/vision',
  'team-settings': '/vision/settings',
  'open-project': '/llm-platform/llm-eval-harness/overview',
  'open-project-users': '/llm-platform/llm-eval-harness/users',
  'team-project': '/vision/vision-baselines/overview',
  'team-project-users': '/vision/vision-baselines/users',
} as const;
type PageName = keyof typeof PAGES;

const OUTSIDE: Persona[] = ['stranger', 'signed-out'];

const AUDIT: [number, string] = [403, '/api/orgs/acme-ml/audit-log?page=1&pageSize=25'];
/**
 * What the server refuses each of them on these pages, on purpose: the page says so (a team or
 * project that is not there for them is a 404, signed out a 401, the audit log is for admins).
 */
const REFUSALS: Record<Persona, Partial<Record<PageName, [number, string][]>>> = {
  'org-admin': {},
  'team-admin': { 'audit-log': [AUDIT] },
  member: {
    'audit-log': [AUDIT],
    // Mateo is not in vision: its settings are refused, a Team project of it is not there for him.
    'team-settings': [[403, '/api/teams/vision/settings']],
    'team-project': [[404, '/api/projects/vision/vision-baselines']],
    'team-project-users': [[404, '/api/projects/vision/vision-baselines']],
  },
  'org-viewer': { 'audit-log': [AUDIT] },
  stranger: {
    team: [[404, '/api/teams/vision']],
    'team-settings': [[404, '/api/teams/vision/settings']],
    'team-project': [[404, '/api/projects/vision/vision-baselines']],
    'team-project-users': [[404, '/api/projects/vision/vision-baselines']],
  },
  'signed-out': {
    team: [[401, '/api/teams/vision']],
    'team-settings': [[401, '/api/teams/vision/settings']],
    'team-project': [[404, '/api/projects/vision/vision-baselines']],
    'team-project-users': [[404, '/api/projects/vision/vision-baselines']],
  },
};

/** The page, or a table, wider than its box: what a person would have to scroll sideways to see. */
const overflowing = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const wider = (e: Element) => e.scrollWidth > e.clientWidth + 1;
    return [
      ...(wider(document.documentElement) ? [`the page (${document.documentElement.scrollWidth} px)`] : []),
      ...[...document.querySelectorAll('.table-wrap')]
        .filter(wider)
        .map((e) => `table “${e.querySelector('caption')?.textContent ?? ''}” (${e.scrollWidth} px)`),
    ];
  });

const headerWrapped = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll('.topbar > *, .topbar-org > *')]
      .filter((e) => e.getBoundingClientRect().height > 40)
      .map((e) => e.textContent ?? ''),
  );

// One test per person: signed in as them once, then every page by deep link in the same browser context
// (a test per page and person booted the console and signed in 66 times, a quarter of the e2e run).
// Each page is its own step, so a failure names the page. Eighteen pages, each loaded and checked by axe,
// take longer than the default budget on a busy machine: this test's budget is per page.
for (const persona of Object.keys(PERSONAS) as Persona[]) {
  test(`as ${persona}: every page settles, fits and has no serious axe violation`, async ({
    page,
    expectRefusal,
  }) => {
    const pages = Object.entries(PAGES) as [PageName, string][];
    test.setTimeout(pages.length * 30_000);
    // Always the narrow size (where pages overflowed); with PERSONA_SHOTS the wide one too.
    const sizes = SHOTS ? [SIZES.wide, SIZES.narrow] : [SIZES.narrow];
    await actAs(page, persona);
    for (const [name, path] of pages) {
      await test.step(name, async () => {
        for (const [status, request] of REFUSALS[persona][name] ?? [])
          expectRefusal(status, request, { count: sizes.length });
        for (const size of sizes) {
          await page.setViewportSize(size);
          await page.goto(path);
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
          await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
          // Nothing cut off at the side: the page does not scroll sideways, nor does any table.
          expect(await overflowing(page)).toEqual([]);
          // The header holds one line (the brand and the org wrapped at 1024 px beside a long name).
          expect(await headerWrapped(page)).toEqual([]);
          // Someone outside the org is not sent to its pages, which would only say they have no access.
          if (OUTSIDE.includes(persona))
            await expect(page.locator('main a[href*="/account-settings/acme-ml"]')).toHaveCount(0);
          if (SHOTS)
            await page.screenshot({ path: `${SHOTS}/${persona}-${name}-${size.width}.png`, fullPage: true });
        }
        await expectNoSeriousA11yViolations(page);
      });
    }
  });
}
