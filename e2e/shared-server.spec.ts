// The shared server (issue 16), in the browser: `npm run serve -- --scenario default`'s console, where
// people sign in. Two admins in two browser contexts: one invites the other (the invite link), changes
// a member's role, and the other sees it without reloading; sign-out works; the change survives a kill
// -9 and a restart, and a deep link survives signing in again. The server is a child process on its
// own port (e2e/support/shared-server.ts), over a fresh SQLite folder.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { toast } from './support/console';
import { startSharedServer, type SharedServer } from './support/shared-server';

test.describe.configure({ mode: 'serial' });

const USERS = '/account-settings/acme-ml/users';

async function signIn(page: Page, username: string, apiKey: string) {
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('API key').fill(apiKey);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const roleOf = (page: Page, name: string) => page.getByRole('combobox', { name: `Org role for ${name}` });

let server: SharedServer | null = null;
let other: BrowserContext | null = null;
test.afterEach(async () => {
  await other?.close();
  other = null;
  await server?.dispose();
  server = null;
});

test('two admins on one server: an invite, a role change seen live, sign-out, a kill -9 and a restart', async ({
  page,
  browser,
  expectRefusal,
}) => {
  server = await startSharedServer({ scenario: 'default' });
  const admin = server.adminKey;
  if (!admin) throw new Error('The server printed no admin key');
  // Nobody is signed in at first, and again after the restart (sessions live in the server's memory).
  expectRefusal(401, '/api/session', { count: 2 });

  // A deep link asks to sign in, then lands where it pointed.
  await page.goto(`${server.url}${USERS}?q=mateo`);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await signIn(page, admin.username, admin.key);
  await expect(page).toHaveURL(`${server.url}${USERS}?q=mateo`);
  await expect(page.getByRole('status', { name: 'Acting user' })).toContainText('Signed in as Ava Chen');
  await expect(page.getByRole('button', { name: /^Demo/ })).toHaveCount(0);

  // The first admin invites a second one and passes on the invite link.
  const invited = await page.request.post(`${server.url}/api/orgs/acme-ml/invites`, {
    data: { email: 'grace@acme-ml.com', orgRole: 'admin', modelsSeat: 'full' },
  });
  expect(invited.status()).toBe(201);
  await page.goto(`${server.url}${USERS}?q=grace`);
  await page.getByRole('button', { name: 'Actions for grace@acme-ml.com' }).click();
  await page.getByRole('menuitem', { name: 'Copy invite link' }).click();
  const link = await toast(page, /accept-invite\?token=/).textContent();
  const inviteUrl = /(http\S+accept-invite\?token=\S+)/.exec(link ?? '')?.[1];
  if (!inviteUrl) throw new Error(`No invite link in the toast: ${link}`);

  // The second admin accepts it in another browser: picks a username, gets a key once, and is in.
  other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(inviteUrl);
  await second.getByLabel('Your name').fill('Grace Hopper');
  await second.getByLabel('Username').fill('ghopper');
  await second.getByRole('button', { name: 'Join' }).click();
  const key = (await second.getByLabel('API key for ghopper').textContent()) ?? '';
  expect(key).toMatch(/^[0-9a-f]{40}$/);
  await second.getByRole('button', { name: 'Continue to the console' }).click();
  await expect(second.getByRole('status', { name: 'Acting user' })).toContainText(
    'Signed in as Grace Hopper',
  );

  // Sign out, and in again with the key.
  await second.getByRole('button', { name: 'User menu' }).click();
  await second.getByRole('menuitem', { name: 'Sign out' }).click();
  await signIn(second, 'ghopper', key);
  await second.goto(`${server.url}${USERS}?q=mateo`);
  await expect(roleOf(second, 'Mateo Garcia')).toHaveText(/Member/);

  // The first admin makes Mateo a Viewer; the second sees it without reloading.
  await page.goto(`${server.url}${USERS}?q=mateo`);
  await roleOf(page, 'Mateo Garcia').click();
  await page.getByRole('option', { name: 'Viewer', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Make Mateo Garcia Viewer?' })
    .getByRole('button', { name: 'Make Viewer' })
    .click();
  await expect(toast(page, 'Mateo Garcia is now Viewer', { exact: true })).toBeVisible();
  await expect(roleOf(second, 'Mateo Garcia')).toHaveText(/Viewer/);

  // kill -9, and a restart on the same data: the change is there; each signs in again.
  await page.goto('about:blank');
  await second.goto('about:blank');
  await server.kill();
  server = await server.restart();
  await second.goto(`${server.url}${USERS}?q=mateo`);
  await signIn(second, 'ghopper', key);
  await expect(roleOf(second, 'Mateo Garcia')).toHaveText(/Viewer/);
  await page.goto(`${server.url}${USERS}?q=mateo`);
  await signIn(page, admin.username, admin.key);
  await expect(roleOf(page, 'Mateo Garcia')).toHaveText(/Viewer/);
});
