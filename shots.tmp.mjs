// Screenshots of the project page's reports, sweeps and artifacts, as three people at two sizes.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium-path.mjs';

const base = 'http://localhost:5304';
const people = [
  ['member', 'user-skhan'],
  ['team-admin', 'user-cmendes'],
  ['org-viewer', 'user-ewalsh'],
];
const sizes = [
  [1440, 900],
  [1024, 768],
];
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const [w, h] of sizes) {
  const context = await browser.newContext({ viewport: { width: w, height: h } });
  const page = await context.newPage();
  await page.goto(`${base}/account-settings/acme-ml/users`);
  await page.getByRole('table', { name: 'Users of the organization' }).waitFor();
  for (const [label, id] of people) {
    await page.evaluate((userId) => fetch('/api/session', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId }) }), id);
    await page.goto(`${base}/vision/diffusion-sweeps/overview`);
    await page.getByRole('table', { name: 'Reports' }).waitFor();
    await page.getByRole('heading', { name: 'Reports', exact: true }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/rs-shots/${label}-${w}.png` });
    await page.getByRole('heading', { name: 'Sweeps', exact: true }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/rs-shots/${label}-${w}-sweeps.png` });
  }
  await context.close();
}
await browser.close();
