// The Self-managed (W&B Server) scenario: the org admin may Disable SSO Provisioning under Security
// with W&B's own control, a button with a confirm and Enable to turn it back on, the status in words
// (saved, kept on reload, in the audit log, and a first SSO sign-in is then refused); a Member sees the
// button disabled with the reason and the read-only note's "Why?", and the direct API call is refused 403. What is SaaS
// only (renaming, domain capture, the team "recommend" toggle) is disabled with the deployment's reason,
// and people join by Add user instead of Invite new user.
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { openDemoPanel, viewAs } from './support/console';

const ORG = 'vandelay';
const SECURITY_URL = `/account-settings/${ORG}/settings?tab=security`;
const ADMINS_ONLY = "Only org Admins can change the organization's settings";
const ADMIN = 'Rafael Markovic';
const MEMBER = 'Xin Dubois';

/** Starts the Self-managed scenario and opens the Security tab as its org admin. */
async function openSecurity(page: Page) {
  await page.goto('/?scenario=self-managed');
  await expect(page.getByRole('banner')).toContainText('Vandelay Robotics');
  await expect(page.getByRole('banner')).toContainText('Self-managed');
  await page.goto(SECURITY_URL);
  const security = page.getByRole('tabpanel', { name: 'Security' });
  await expect(security.getByRole('heading', { name: 'SSO auto-provisioning' })).toBeVisible();
  return {
    security,
    status: security.getByRole('status', { name: 'SSO provisioning status' }),
    disable: security.getByRole('button', { name: 'Disable SSO Provisioning' }),
    enable: security.getByRole('button', { name: 'Enable SSO Provisioning' }),
  };
}

const ON =
  'SSO provisioning is on. People who sign in through SSO for the first time join Vandelay Robotics as Members.';
const OFF =
  'SSO provisioning is off. People who sign in through SSO for the first time are not added to Vandelay Robotics; an admin adds them.';

const toast = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });

test.describe('as the org admin', () => {
  // The first SSO sign-in refused while provisioning is disabled answers 403.

  test('Disable SSO Provisioning after a confirm, Enable again: the status in words, kept on reload, refuses a first SSO sign-in, audited', async ({
    page,
    expectRefusal,
  }) => {
    expectRefusal(403, '/api/arrivals/sso');
    const { security, status, disable, enable } = await openSecurity(page);
    await expect(status).toHaveText(ON);
    await expect(enable).toHaveCount(0);
    // No switch and no On/Off badge to read against each other (a double negative, issue 15).
    await expect(security.getByRole('switch')).toHaveCount(0);
    await expect(security.getByText('On', { exact: true })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, { include: '[role="tabpanel"]' });

    // Cancel keeps it on, and gives the focus back to the button.
    await disable.click();
    const confirm = page.getByRole('dialog', { name: 'Disable SSO Provisioning?' });
    await expect(confirm).toContainText('Everyone already in Vandelay Robotics stays');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toBeHidden();
    await expect(disable).toBeFocused();
    await expect(status).toHaveText(ON);

    await disable.click();
    await confirm.getByRole('button', { name: 'Disable SSO Provisioning' }).click();
    await expect(toast(page, 'SSO auto-provisioning turned off')).toBeVisible();
    await expect(status).toHaveText(OFF);
    // The same button, now Enable, keeps the focus: it does not fall to the page.
    await expect(enable).toBeFocused();
    await page.reload();
    await expect(status).toHaveText(OFF);

    // What it means: a first SSO sign-in is now refused.
    const panel = await openDemoPanel(page);
    const sso = panel.getByRole('region', { name: 'First SSO sign-in' });
    await sso.getByRole('textbox', { name: 'Name' }).fill('Sam Reed');
    await sso.getByRole('textbox', { name: 'Email' }).fill('sam.reed@vandelay-robotics.com');
    await sso.getByRole('button', { name: 'Sign in with SSO' }).click();
    await expect(sso.getByRole('alert')).toContainText(
      'SSO auto-provisioning is off for Vandelay Robotics; ask an admin to invite you',
    );
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();

    // Enable needs no confirm: it takes nothing away.
    await enable.click();
    await expect(toast(page, 'SSO auto-provisioning turned on')).toBeVisible();
    await expect(status).toHaveText(ON);
    await expect(disable).toBeFocused();
    await page.reload();
    await expect(status).toHaveText(ON);

    await page.goto(`/account-settings/${ORG}/audit-log`);
    const rows = page.getByRole('table', { name: 'Audit log entries, newest first' }).getByRole('row');
    await expect(rows.nth(1)).toContainText(`${ADMIN} turned SSO provisioning on`);
    await expect(rows.nth(1)).toContainText('organization:update_settings');
    await expect(rows.nth(2)).toContainText(`${ADMIN} turned SSO provisioning off`);
    await expect(rows.nth(2).getByRole('definition')).toHaveText(/Before: On\s*→\s*, after: Off/);
  });
});

test.describe('as a Member', () => {
  test('the button is disabled with the reason and "Why?"; the direct API call is refused 403', async ({
    page,
    expectRefusal,
  }) => {
    expectRefusal(403, '/api/orgs/vandelay/settings/sso-provisioning');
    const { security, status, disable } = await openSecurity(page);
    await viewAs(page, MEMBER);
    await expect(disable).toBeDisabled();
    await expect(status).toHaveText(ON);
    await expect(security).toContainText(ADMINS_ONLY);
    await expectNoSeriousA11yViolations(page, { include: '[role="tabpanel"]' });

    // Refused for the page's reason: the read-only note's one Why? explains it, none beside the button.
    await expect(security.getByRole('button', { name: 'Why?' })).toHaveCount(0);
    await page
      .getByRole('status')
      .filter({ hasText: 'Read-only.' })
      .getByRole('button', { name: 'Why?' })
      .click();
    const drawer = page.getByRole('dialog');
    await expect(drawer).toHaveAccessibleName('Why is this read-only?');
    const chain = drawer.getByRole('list', { name: 'Chain of reasons' });
    await expect(chain).toContainText(`${MEMBER} is an org Member`);
    await expect(chain).toContainText('deciding step');
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();

    const refused = await page.evaluate(async (org) => {
      const r = await fetch(`/api/orgs/${org}/settings/sso-provisioning`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ enabled: false }),
      });
      return { status: r.status, json: (await r.json()) as { error: { message: string } } };
    }, ORG);
    expect(refused.status).toBe(403);
    expect(refused.json.error.message).toContain(ADMINS_ONLY);
    await page.reload();
    await expect(status).toHaveText(ON);
  });
});

test('what Self-managed lacks is disabled with the reason; people join by Add user', async ({ page }) => {
  await openSecurity(page);
  await page.getByRole('tab', { name: 'General' }).click();
  await expect(page.getByRole('button', { name: 'Change name' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Claim domain' })).toBeDisabled();
  await expect(page.getByRole('tabpanel', { name: 'General' })).toContainText(
    'Domain capture is available only on Multi-tenant Cloud (SaaS)',
  );

  await page.goto('/perception/settings?tab=privacy');
  const recommend = page.getByRole('switch', {
    name: 'Recommend new users with matching email domains join this team upon signing up',
  });
  await expect(recommend).toBeDisabled();
  await expect(page.getByRole('main')).toContainText(
    'Recommending teams to new users by email domain is available only on Multi-tenant Cloud (SaaS)',
  );

  await page.goto(`/account-settings/${ORG}/users`);
  await expect(page.getByRole('button', { name: 'Invite new user' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Add user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add user' });
  await expect(dialog.getByRole('checkbox', { name: 'Send invite email to user' })).toBeChecked();
  await expectNoSeriousA11yViolations(page, { include: '[role="dialog"]' });
});
