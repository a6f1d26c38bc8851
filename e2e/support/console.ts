// Journey helpers that drive the console the way a person does: menus, dialogs, labels.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const ORG = 'acme-ml';
export const USERS_URL = `/account-settings/${ORG}/users`;
export const TEAMS_URL = `/account-settings/${ORG}/teams`;

/** With SHOTS_DIR set, saves the page as `<name>-<width>.png` there, for a person to look at. */
export async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.SHOTS_DIR;
  if (dir) await page.screenshot({ path: `${dir}/${name}-${page.viewportSize()?.width ?? 0}.png` });
}

/** Opens the console and waits for the Users table (the service worker is up by then). */
export async function openUsers(page: Page, search = ''): Promise<void> {
  await page.goto(`${USERS_URL}${search}`);
  await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Users of the organization' })).toBeVisible();
}

/** User menu > View as… > search > pick the person. */
export async function viewAs(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'User menu' }).click();
  await page.getByRole('menuitem', { name: 'View as…' }).click();
  const dialog = page.getByRole('dialog', { name: 'View as' });
  await dialog.getByLabel('Search people').fill(name);
  await dialog
    .getByRole('button', { name: new RegExp(name) })
    .first()
    .click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status', { name: 'Acting user' })).toContainText(name);
}

export async function openDemoPanel(page: Page) {
  await page.getByRole('button', { name: 'User menu' }).click();
  await page.getByRole('menuitem', { name: 'Demo panel…' }).click();
  const panel = page.getByRole('dialog', { name: 'Demo panel' });
  // Open before anything looks inside it (axe once ran before the panel was there: "No elements found").
  await expect(panel).toBeVisible();
  return panel;
}

/** The text of one column for every row of the Users table, once it has finished loading. */
export async function columnTexts(page: Page, column: string): Promise<string[]> {
  const settled = page.locator('table[aria-busy="false"]');
  await expect(settled).toBeVisible();
  return settled.locator(`td[data-column="${column}"]`).allInnerTexts();
}

/**
 * Text in a toast. Scoped to the Notifications region: polling it does not walk the whole page (on a
 * busy machine that polling competed with the page for the CPU), and Radix's screen-reader announcer,
 * which repeats the text outside the region, is not a second match.
 */
export function toast(page: Page, text: string | RegExp, options: { exact?: boolean } = {}) {
  return page.getByRole('region', { name: /^Notifications/ }).getByText(text, options);
}
