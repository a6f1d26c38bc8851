// Keyboard-only steps the journeys share: a select picked without the mouse.
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Opens a select from the keyboard on its current option, moves one option with `key`, picks it. */
export async function pickByKeyboard(
  page: Page,
  select: Locator,
  move: { from: string; key: 'ArrowUp' | 'ArrowDown'; to: string },
): Promise<void> {
  await select.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('option', { name: move.from })).toBeFocused();
  await page.keyboard.press(move.key);
  await expect(page.getByRole('option', { name: move.to })).toBeFocused();
  await page.keyboard.press('Enter');
}
