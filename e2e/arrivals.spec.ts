// How people arrive (demo panel > Arrivals): accept an invite, sign up with an email, first SSO
// sign-in, each through the public API, then View as the newcomer.
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { ORG, openDemoPanel, openUsers } from './support/console';

async function arrivals(page: Page) {
  const panel = await openDemoPanel(page);
  return {
    panel,
    invite: panel.getByRole('region', { name: 'Accept a pending invite' }),
    signup: panel.getByRole('region', { name: 'Sign up with an email' }),
    sso: panel.getByRole('region', { name: 'First SSO sign-in' }),
  };
}

test('accept a pending invite: joins with its role and teams (plus auto-add), then View as them', async ({
  page,
}) => {
  await openUsers(page);
  const { panel, invite } = await arrivals(page);
  await expectNoSeriousA11yViolations(page, { include: '[role="dialog"]' });
  await invite.getByRole('combobox', { name: 'Pending invite' }).click();
  await page.getByRole('option', { name: /kenji\.watanabe@acme-ml\.com/ }).click();
  await invite.getByRole('button', { name: 'Accept invite' }).click();
  const outcome = invite.getByRole('status', { name: 'What happened' });
  await expect(outcome).toContainText('Kenji Watanabe accepted the invite and is now a Member of Acme ML');
  await expect(outcome).toContainText('in teams infra, vision');
  await outcome.getByRole('button', { name: 'View as Kenji Watanabe' }).click();
  await expect(panel).toBeHidden();
  await expect(page.getByRole('status', { name: 'Acting user' })).toContainText('Kenji Watanabe');
});

test.describe('expired invite', () => {
  test('an expired invite is refused with the reason', async ({ page, expectRefusal }) => {
    expectRefusal(409, '/api/arrivals/accept-invite');
    await openUsers(page);
    const { invite } = await arrivals(page);
    await invite.getByRole('combobox', { name: 'Pending invite' }).click();
    await page.getByRole('option', { name: /jonas\.berg@gmail\.com \(expired\)/ }).click();
    await invite.getByRole('button', { name: 'Accept invite' }).click();
    await expect(invite.getByRole('alert')).toContainText(
      /This invite expired on .*; ask an admin to resend it/,
    );
  });
});

test.describe('SSO provisioning off', () => {
  test('first SSO sign-in: refused while provisioning is off; joins as Member once an admin turns it on', async ({
    page,
    expectRefusal,
  }) => {
    expectRefusal(403, '/api/arrivals/sso');
    await openUsers(page);
    let flows = await arrivals(page);
    await flows.sso.getByRole('textbox', { name: 'Name' }).fill('Sam Reed');
    await flows.sso.getByRole('textbox', { name: 'Email' }).fill('sam.reed@acme-ml.com');
    await flows.sso.getByRole('button', { name: 'Sign in with SSO' }).click();
    await expect(flows.sso.getByRole('alert')).toContainText(
      'SSO auto-provisioning is off for Acme ML; ask an admin to invite you',
    );
    await expect(flows.sso.getByRole('textbox', { name: 'Email' })).toHaveValue('sam.reed@acme-ml.com');
    await page.keyboard.press('Escape');
    await page.goto(`/account-settings/${ORG}/settings?tab=security`);
    await page.getByRole('switch', { name: 'Auto-provision users on their first SSO sign-in' }).click();
    await expect(
      page.getByRole('tabpanel', { name: 'Security' }).getByText('On', { exact: true }),
    ).toBeVisible();
    flows = await arrivals(page);
    await flows.sso.getByRole('textbox', { name: 'Name' }).fill('Sam Reed');
    await flows.sso.getByRole('textbox', { name: 'Email' }).fill('sam.reed@acme-ml.com');
    await flows.sso.getByRole('button', { name: 'Sign in with SSO' }).click();
    await expect(flows.sso.getByRole('status', { name: 'What happened' })).toContainText(
      'Sam Reed signed in with SSO and is now a Member of Acme ML',
    );
  });
});

test('sign up: a claimed domain joins the org and its default team; any other stays outside', async ({
  page,
}) => {
  await openUsers(page);
  const { signup, panel } = await arrivals(page);
  const email = signup.getByRole('textbox', { name: 'Email' });
  await signup.getByRole('textbox', { name: 'Name' }).fill('Quinn Park');
  await email.fill('quinn');
  await expect(signup.getByText('Enter an email address such as nora@acme-ml.com')).toBeVisible();
  await email.fill('quinn.park@acme-ml.com');
  await signup.getByRole('button', { name: 'Sign up' }).click();
  const outcome = signup.getByRole('status', { name: 'What happened' });
  await expect(outcome).toContainText('Joined Acme ML');
  await expect(outcome).toContainText('in teams infra, ml-research');
  await signup.getByRole('textbox', { name: 'Name' }).fill('Ola Nordmann');
  await email.fill('ola@gmail.com');
  await signup.getByRole('button', { name: 'Sign up' }).click();
  await expect(outcome).toContainText('Outside every organization');
  await expect(outcome).toContainText('no organization has claimed gmail.com');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  // The newcomer from the claimed domain is on the Users page.
  await openUsers(page, '?q=quinn');
  await expect(page.getByRole('table', { name: 'Users of the organization' })).toContainText('Quinn Park');
});
