#!/usr/bin/env node
// Screenshots of the console as each role, for looking at what we built (and the README's picture).
// Usage: npm run build && npx vite preview --port 4173 &  then  node scripts/screenshots.mjs [outDir]
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from './chromium-path.mjs';

const base = process.env.BASE_URL ?? 'http://localhost:4173';
const out = process.argv[2] ?? 'screenshots/tmp';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));

async function viewAs(name) {
  await page.getByRole('button', { name: 'User menu' }).click();
  await page.getByRole('menuitem', { name: 'View as…' }).click();
  const dialog = page.getByRole('dialog', { name: 'View as' });
  await dialog.getByLabel('Search people').fill(name);
  await dialog.getByRole('button', { name: new RegExp(name) }).first().click();
  await dialog.waitFor({ state: 'hidden' });
}
async function shot(name) {
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/${name}.png` });
  console.log(`${out}/${name}.png`);
}

await page.goto(`${base}/account-settings/acme-ml/users`);
await page.getByRole('table', { name: 'Users of the organization' }).waitFor();
await shot('users-admin');
await page.getByRole('button', { name: 'User menu' }).click();
await shot('user-menu');
await page.keyboard.press('Escape');
await page.getByRole('button', { name: 'User menu' }).click();
await page.getByRole('menuitem', { name: 'View as…' }).click();
await shot('view-as-dialog');
await page.keyboard.press('Escape');
await page.getByRole('button', { name: /^Demo/ }).click();
await shot('demo-panel');
await page.keyboard.press('Escape');
await page.goto(`${base}/account-settings/acme-ml/teams`);
await page.getByRole('table', { name: 'Teams' }).waitFor();
await shot('teams-admin');
await page.goto(`${base}/ml-research`);
await page.getByRole('tab', { name: /Projects/ }).waitFor();
await shot('team-admin');
await viewAs('Carla Mendes');
await page.goto(`${base}/account-settings/acme-ml/users`);
await page.getByRole('table', { name: 'Users of the organization' }).waitFor();
await shot('users-member');
await viewAs('Erin Walsh');
await shot('users-viewer');
await page.goto(`${base}/vision`);
await page.getByRole('tab', { name: /Projects/ }).waitFor();
await shot('team-viewer');
await browser.close();
