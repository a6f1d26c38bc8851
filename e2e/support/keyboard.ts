// Keyboard-only steps the journeys share: a control pressed, Tab to a control, a select picked and
// a confirmation given without the mouse.
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Focuses a control and presses a key on it (Enter by default), as a keyboard user activates it. */
export async function press(page: Page, control: Locator, key = 'Enter'): Promise<void> {
  await control.focus();
  await page.keyboard.press(key);
}

/** Tabs forward (Shift+Tab with `back`) until `target` has the focus, failing after `max` Tabs. */
export async function tabTo(page: Page, target: Locator, { max = 15, back = false } = {}): Promise<void> {
  for (let i = 0; i < max && !(await target.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  await expect(target).toBeFocused();
}

/** Opens a select from the keyboard on its current option, moves one option with `key`, picks it. */
export async function pickByKeyboard(
  page: Page,
  select: Locator,
  move: { from: string; key: 'ArrowUp' | 'ArrowDown'; to: string },
): Promise<void> {
  await press(page, select);
  await expect(page.getByRole('option', { name: move.from })).toBeFocused();
  await page.keyboard.press(move.key);
  await expect(page.getByRole('option', { name: move.to })).toBeFocused();
  await page.keyboard.press('Enter');
}

/**
 * Picks from a row's select by keyboard, then confirms in the dialog the change asks for: the dialog
 * opens on Cancel, so Tab reaches its confirm button, and Enter presses it.
 */
export async function pickAndConfirmByKeyboard(
  page: Page,
  select: Locator,
  move: { from: string; key: 'ArrowUp' | 'ArrowDown'; to: string },
  confirm: { dialog: string | RegExp; button: string },
): Promise<Locator> {
  await pickByKeyboard(page, select, move);
  const dialog = page.getByRole('dialog', { name: confirm.dialog });
  await expect(dialog).toBeVisible();
  await tabTo(page, dialog.getByRole('button', { name: confirm.button }), { max: 40 });
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  return dialog;
}
