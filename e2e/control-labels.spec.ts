// Labels beside filters and form selects read on their control's text line (issue 15: Role, Models
// seat, Status, Actor, Action and Default team sat above it). Measured where the text sits: a
// zero-height inline box placed after the first text of the label and of the control rests on that
// text's baseline; the two baselines must agree (centring the boxes put the label 1.5 px higher).
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { ORG, openUsers } from './support/console';
import { SIZES } from './support/personas';

/** For each label beside its control: how far its text's baseline is from the control's, in px. */
async function baselineGaps(page: Page, labels: string[]): Promise<Record<string, number | null>> {
  return page.evaluate((names) => {
    const baseline = (el: Element): number | null => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.textContent?.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
      });
      const text = walker.nextNode();
      if (!text?.parentNode) return null;
      const probe = document.createElement('span');
      probe.style.cssText = 'display:inline-block;width:0;height:0;vertical-align:baseline';
      text.parentNode.insertBefore(probe, text.nextSibling);
      const y = probe.getBoundingClientRect().bottom;
      probe.remove();
      return y;
    };
    const gaps: Record<string, number | null> = {};
    for (const row of document.querySelectorAll('.field-inline')) {
      const label = row.querySelector('.field-label');
      const control = row.querySelector('button, select');
      const name = label?.textContent?.trim() ?? '';
      if (!label || !control || !names.includes(name)) continue;
      const l = baseline(label);
      const c = baseline(control);
      gaps[name] = l === null || c === null ? null : Math.abs(l - c);
    }
    return gaps;
  }, labels);
}

async function expectOnTheTextLine(page: Page, labels: string[]) {
  const gaps = await baselineGaps(page, labels);
  expect(Object.keys(gaps).sort()).toEqual([...labels].sort());
  for (const [name, gap] of Object.entries(gaps)) {
    expect(gap, `${name}: its baseline is ${gap} px from its control's`).not.toBeNull();
    expect(gap ?? Infinity, `${name}: its baseline is ${gap} px from its control's`).toBeLessThan(0.5);
  }
}

for (const [size, viewport] of Object.entries(SIZES)) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test(`${size}: filter and select labels read on their control's text line`, async ({ page }) => {
      await openUsers(page);
      await expectOnTheTextLine(page, ['Role', 'Models seat', 'Status']);
      await page.goto(`/account-settings/${ORG}/audit-log`);
      await expect(page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible();
      await expect(page.getByRole('combobox', { name: 'Actor' })).toBeVisible();
      await expectOnTheTextLine(page, ['Actor', 'Action']);
      await page.goto(`/account-settings/${ORG}/settings`);
      await expect(page.getByRole('combobox', { name: 'Default team' })).toBeVisible();
      await expectOnTheTextLine(page, ['Default team']);
    });
  });
}
