// Org settings as a Member and a Viewer (read-only, each control disabled with the reason, the direct
// API call refused 403), and on plans and deployments that lack a feature.
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { ORG, viewAs } from './support/console';

const SETTINGS_URL = `/account-settings/${ORG}/settings`;
const ADMINS_ONLY = "Only org Admins can change the organization's settings";

/** A request from the page, as the acting user (the service worker answers it). */
async function callApi(page: Page, method: string, path: string, body: unknown) {
  return page.evaluate(
    async ([m, p, b]) => {
      const r = await fetch(`/api${p}`, {
        method: m,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(b),
      });
      return { status: r.status, json: (await r.json()) as { error: { message: string } } };
    },
    [method, path, body] as const,
  );
}

test.describe('Members and Viewers', () => {
  test('a Member sees General read-only with the reason; renaming through the API is refused 403', async ({
    page,
    expectRefusal,
  }) => {
    expectRefusal(403, '/api/orgs/acme-ml/settings/name');
    await page.goto(SETTINGS_URL);
    await viewAs(page, 'Carla Mendes');
    const note = page.getByRole('status').filter({ hasText: 'Read-only.' });
    await expect(note).toContainText(ADMINS_ONLY);
    // Said once: the note's Why? explains every control refused for the same reason.
    await expect(note.getByRole('button', { name: 'Why?' })).toHaveCount(1);
    await expect(
      page.getByRole('tabpanel', { name: 'General' }).getByRole('button', { name: 'Why?' }),
    ).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Change name' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Claim domain' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Release acme-ml.com' })).toBeDisabled();
    await expect(page.getByRole('combobox', { name: 'Default team' })).toBeDisabled();
    // Keyboard only: from the tab list, Tab goes to the panel, then to the disabled Change name, whose
    // wrapper takes focus and shows the reason.
    await page.getByRole('tab', { name: 'General' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('tooltip')).toContainText(ADMINS_ONLY);
    await expectNoSeriousA11yViolations(page, { include: ['[role="tabpanel"]', '[role="tooltip"]'] });
    const refused = await callApi(page, 'PUT', `/orgs/${ORG}/settings/name`, { name: 'Carla Co' });
    expect(refused.status).toBe(403);
    expect(refused.json.error.message).toContain(ADMINS_ONLY);
    await page.reload();
    await expect(page.getByRole('banner')).toContainText('Acme ML');
  });

  test('a Viewer cannot change the billing user or enforce privacy: disabled with reasons, API 403', async ({
    page,
    expectRefusal,
  }) => {
    expectRefusal(403, '/api/orgs/acme-ml/settings/billing-admin');
    expectRefusal(403, '/api/orgs/acme-ml/settings/enforcements');
    expectRefusal(403, '/api/orgs/acme-ml/settings/sso-provisioning');
    await page.goto(`${SETTINGS_URL}?tab=billing`);
    await viewAs(page, 'Erin Walsh');
    const billing = page.getByRole('tabpanel', { name: 'Billing' });
    await expect(billing.getByRole('button', { name: 'Change billing user' })).toBeDisabled();
    await expect(billing).toContainText('Only org Admins can assign the billing admin');
    await expectNoSeriousA11yViolations(page, { include: '[role="tabpanel"]' });
    const billingCall = await callApi(page, 'PUT', `/orgs/${ORG}/settings/billing-admin`, {
      userId: 'user-ewalsh',
    });
    expect(billingCall.status).toBe(403);
    await page.getByRole('tab', { name: 'Privacy' }).click();
    const privacy = page.getByRole('tabpanel', { name: 'Privacy' });
    await expect(
      privacy.getByRole('combobox', { name: 'Hide this team from all non-members' }),
    ).toBeDisabled();
    await expectNoSeriousA11yViolations(page, { include: '[role="tabpanel"]' });
    const enforce = await callApi(page, 'PUT', `/orgs/${ORG}/settings/enforcements`, {
      setting: 'hidden',
      value: true,
    });
    expect(enforce.status).toBe(403);
    expect(enforce.json.error.message).toContain(ADMINS_ONLY);
    await page.getByRole('tab', { name: 'Security' }).click();
    await expect(page.getByRole('switch')).toBeDisabled();
    const sso = await callApi(page, 'PUT', `/orgs/${ORG}/settings/sso-provisioning`, { enabled: true });
    expect(sso.status).toBe(403);
  });
});

test('Teams plan (startup): privacy enforcement and SSO are disabled with the license reason', async ({
  page,
}) => {
  await page.goto('/?scenario=startup');
  await expect(page.getByRole('banner')).toContainText('Pixel Forge');
  await page.goto('/account-settings/pixel-forge/settings?tab=privacy');
  const privacy = page.getByRole('tabpanel', { name: 'Privacy' });
  await expect(privacy).toContainText('Org-wide privacy enforcement needs an Enterprise license');
  await expect(privacy.getByRole('combobox').first()).toBeDisabled();
  await page.getByRole('tab', { name: 'Security' }).click();
  const security = page.getByRole('tabpanel', { name: 'Security' });
  await expect(security).toContainText('SSO needs an Enterprise license');
  await expect(security.getByRole('switch')).toBeDisabled();
  // Domain capture is a SaaS feature, so the Teams-plan admin may claim.
  await page.getByRole('tab', { name: 'General' }).click();
  await expect(page.getByRole('button', { name: 'Claim domain' })).toBeEnabled();
  await expectNoSeriousA11yViolations(page, { include: '[role="tabpanel"]' });
});

test('Dedicated Cloud: no name change or domain capture; SSO provisioning on and read-only', async ({
  page,
}) => {
  await page.goto('/?scenario=dedicated');
  await expect(page.getByRole('banner')).toContainText('Northwind Health');
  await page.goto('/account-settings/northwind/settings');
  await expect(page.getByRole('button', { name: 'Change name' })).toBeDisabled();
  await expect(
    page
      .getByRole('paragraph')
      .filter({ hasText: 'Changing the organization name is available only on Multi-tenant Cloud (SaaS)' }),
  ).toBeVisible();
  await expect(
    page
      .getByRole('paragraph')
      .filter({ hasText: 'Domain capture is available only on Multi-tenant Cloud (SaaS)' }),
  ).toBeVisible();
  await page.getByRole('tab', { name: 'Security' }).click();
  const security = page.getByRole('tabpanel', { name: 'Security' });
  const sw = security.getByRole('switch');
  await expect(sw).toBeChecked();
  await expect(sw).toBeDisabled();
  await expect(security).toContainText('Reach out to your W&B team to turn off auto provisioning');
  await expectNoSeriousA11yViolations(page, { include: '[role="tabpanel"]' });
});
