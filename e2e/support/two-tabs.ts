// The two-tab journeys' one step: a seat change made in one tab, confirmed there, and shown in the
// other without a reload (with a SharedWorker, or through a leader tab without one).
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { toast } from './console';

export async function pick(page: Page, control: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: control }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Weave access of `person` from `before` to `after` in `tab`; `other` shows it too. */
export async function changeWeaveSeenInOther(
  tab: Page,
  other: Page,
  person: string,
  before: string,
  after: string,
): Promise<void> {
  await pick(tab, `Weave access for ${person}`, after);
  await expect(toast(tab, `${person}: Weave access ${before} → ${after}`, { exact: true })).toBeVisible();
  await expect(other.getByRole('combobox', { name: `Weave access for ${person}` })).toHaveText(
    new RegExp(after),
  );
}
