// The shared server (issue 16), in the browser: `npm run serve -- --scenario default`'s console, where
// people sign in. Two admins in two browser contexts: one invites the other (the invite link), changes
// a member's role, and the other sees it without reloading; sign-out works; the change survives a kill
// -9 and a restart, with both still signed in. The server is a child process on its
// own port (e2e/support/shared-server.ts), over a fresh SQLite folder.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { toast } from './support/console';
import { SHARED_PORT, startSharedServer, type SharedServer } from './support/shared-server';

/** SHARED_SHOTS=dir saves each page before and after sign-in at 1440×900 and 1024×768. */
const SHOTS = process.env.SHARED_SHOTS ?? '';
const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
];

/** No serious axe violation; with SHARED_SHOTS, a screenshot at each size. */
async function check(page: Page, name: string) {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  if (!SHOTS) return;
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${SHOTS}/${name}-${size.width}.png`, fullPage: true });
  }
  await page.setViewportSize(SIZES[0] ?? { width: 1440, height: 900 });
}

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
test.afterEach(async ({ page }) => {
  // Away from the console first: a page still open would log the server going away.
  await page.goto('about:blank');
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
  // Nobody is signed in at first.
  expectRefusal(401, '/api/session');

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

  // kill -9, and a restart on the same data: the change is there, and both are still signed in (the
  // sessions are kept in the database too).
  await page.goto('about:blank');
  await second.goto('about:blank');
  await server.kill();
  server = await server.restart();
  await second.goto(`${server.url}${USERS}?q=mateo`);
  await expect(roleOf(second, 'Mateo Garcia')).toHaveText(/Viewer/);
  await page.goto(`${server.url}${USERS}?q=mateo`);
  await expect(roleOf(page, 'Mateo Garcia')).toHaveText(/Viewer/);

  // Sign out here; the other admin stays signed in.
  await page.getByRole('button', { name: 'User menu' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  await second.reload();
  await expect(roleOf(second, 'Mateo Garcia')).toHaveText(/Viewer/);
});

test('first run on an empty server, User settings → API keys, sign out', async ({ page, expectRefusal }) => {
  server = await startSharedServer({ port: SHARED_PORT + 1 });
  expectRefusal(401, '/api/session');
  // Nobody exists yet: the first person creates the organization and becomes its Admin.
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Set up your organization' })).toBeVisible();
  await check(page, 'first-run');
  await page.getByLabel('Organization name').fill('Initech');
  await page.getByLabel('Your name').fill('Peter Gibbons');
  await page.getByLabel('Email').fill('peter@initech.example');
  await page.getByLabel('Username').fill('pgibbons');
  await page.getByRole('button', { name: 'Create organization' }).click();
  const first = (await page.getByLabel('API key for pgibbons').textContent()) ?? '';
  expect(first).toMatch(/^[0-9a-f]{40}$/);
  await check(page, 'first-run-key');
  await page.getByRole('button', { name: 'Continue to the console' }).click();
  await expect(page.getByRole('status', { name: 'Acting user' })).toContainText(
    'Signed in as Peter Gibbons · Admin of Initech',
  );

  // User settings → API keys: the first key is listed by its last characters; a new one is shown once.
  await page.getByRole('button', { name: 'User menu' }).click();
  await page.getByRole('menuitem', { name: 'User settings' }).click();
  const keys = page.getByRole('table', { name: 'API keys' });
  await expect(keys.getByRole('row')).toHaveCount(2);
  await expect(keys).toContainText(`…${first.slice(-4)}`);
  await page.getByRole('button', { name: 'New key' }).click();
  const dialog = page.getByRole('dialog', { name: 'New API key' });
  await dialog.getByLabel('Name').fill('laptop');
  await dialog.getByRole('button', { name: 'Create key' }).click();
  const shown = page.getByRole('dialog', { name: 'API key laptop' });
  await expect(shown).toContainText('it will not be shown again');
  const laptop = (await shown.getByLabel('API key laptop').textContent()) ?? '';
  expect(laptop).toMatch(/^[0-9a-f]{40}$/);
  await check(page, 'user-settings-new-key');
  await shown.getByRole('button', { name: 'Done' }).click();
  await expect(keys.getByRole('row')).toHaveCount(3);
  await expect(keys).not.toContainText(laptop);
  await check(page, 'user-settings');

  // Revoking a key, after a confirmation.
  await page.getByRole('button', { name: 'Revoke laptop' }).click();
  await page
    .getByRole('dialog', { name: 'Revoke API key laptop?' })
    .getByRole('button', { name: 'Revoke key' })
    .click();
  await expect(toast(page, 'API key laptop revoked')).toBeVisible();
  await expect(keys.getByRole('row')).toHaveCount(2);

  // Sign out: the sign-in page; the revoked key no longer signs in, the first one does.
  await page.getByRole('button', { name: 'User menu' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  await check(page, 'sign-in');
  expectRefusal(401, '/api/auth/sign-in');
  await signIn(page, 'pgibbons', laptop);
  await expect(page.getByRole('alert')).toHaveText('Unknown username or API key.');
  await page.getByLabel('API key').fill(first);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();
});
