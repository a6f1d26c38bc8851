// At 1024 and 1440 px a row's buttons stay on one line and inside their table (issue 15: a running run's Stop
// and Delete wrapped under each other, a report's Delete fell to a second line), for an admin, who
// may do everything, and for members, whose refused buttons sit beside a Why?.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { openUsers, viewAs } from './support/console';

const EVAL = '/llm-platform/llm-eval-harness/overview';
const SWEEPS = '/vision/diffusion-sweeps/overview';
const FINETUNE = '/ml-research/llm-finetune/overview';
/** Projects with running runs, long author notes (a service account's key, a sweep) and reports. */
const PROJECTS: Record<string, string[]> = {
  'Ava Chen': [EVAL, SWEEPS, FINETUNE],
  'Mateo Garcia': [EVAL, FINETUNE],
  'Samir Khan': [SWEEPS],
};

/** Rows whose buttons do not share one line, or reach past their table's box. */
function brokenRows(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.content-actions')].flatMap((cell) => {
      // Middles, not tops: a Why? link is shorter than the buttons it sits beside.
      const tops = [...cell.children].map((c) => {
        const r = c.getBoundingClientRect();
        return (r.top + r.bottom) / 2;
      });
      const right = Math.max(...[...cell.children].map((c) => c.getBoundingClientRect().right));
      const box = cell.closest('.table-wrap')?.getBoundingClientRect();
      const row = cell.getAttribute('aria-label') ?? cell.closest('tr')?.textContent?.slice(0, 40) ?? '';
      const problems = [
        ...(Math.max(...tops) - Math.min(...tops) > 4 ? [`${row}: buttons on two lines`] : []),
        ...(box && right > box.right + 1 ? [`${row}: buttons past the table`] : []),
      ];
      return problems;
    }),
  );
}

for (const [who, projects] of Object.entries(PROJECTS)) {
  test(`row buttons stay on one line at 1024 and 1440 px, as ${who}`, async ({ page }) => {
    await openUsers(page);
    if (who !== 'Ava Chen') await viewAs(page, who);
    // 1440 px too: there Your access sits beside the runs, whose column is as narrow as at 1024.
    for (const [width, path] of [1024, 1440].flatMap((w) => projects.map((p) => [w, p] as const))) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      expect(await brokenRows(page), `${path} at ${width} px`).toEqual([]);
    }
  });
}
