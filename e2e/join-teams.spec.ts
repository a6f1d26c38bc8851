// "Teams you can join" and "Ask to join" (ADR 0025) in the browser: Rosa (an Acme Member in no team)
// finds the teams from the left navigation, asks to join vision and withdraws, asks again; vision's
// admin approves on the team's Users tab; Rosa joins ml-research (open to her domain) and lands in it.
// Marcus (an acme-ml.com account outside the org) joins from the org's "no access" page.
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { openUsers, shot, toast, viewAs } from './support/console';
import { SIZES } from './support/personas';

for (const size of [SIZES.wide, SIZES.narrow]) {
  test(`a member in no team asks to join, an admin approves, and she joins an open team (${size.width})`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await openUsers(page);
    await viewAs(page, 'Rosa Alvarez');
    await page.getByRole('link', { name: 'Teams you can join →' }).click();
    const offer = page.getByRole('region', { name: 'Teams you can join' });
    await expect(offer.getByRole('button', { name: 'Join ml-research' })).toBeVisible();
    await offer.getByRole('button', { name: 'Ask to join vision' }).click();
    await expect(toast(page, 'Asked to join vision')).toBeVisible();
    await expect(offer.getByText('Request pending')).toBeVisible();
    await shot(page, 'teams-you-can-join');
    await expectNoSeriousA11yViolations(page, { include: 'main' });
    // Withdrawn, then asked again.
    await offer.getByRole('button', { name: 'Withdraw request' }).click();
    await expect(toast(page, 'Request to join vision withdrawn')).toBeVisible();
    await offer.getByRole('button', { name: 'Ask to join vision' }).click();
    await expect(offer.getByText('Request pending')).toBeVisible();

    // A Member of vision sees the request but may not decide it; its admin approves.
    await viewAs(page, 'Samir Khan');
    await page.goto('/vision/settings');
    const requests = page.getByRole('region', { name: /Requests to join/ });
    await expect(requests.getByRole('button', { name: 'Approve Rosa Alvarez' })).toBeDisabled();
    await viewAs(page, 'Carla Mendes');
    await expect(requests).toContainText('joins as');
    await shot(page, 'team-join-requests');
    await expectNoSeriousA11yViolations(page, { include: 'main' });
    await requests.getByRole('button', { name: 'Approve Rosa Alvarez' }).click();
    await expect(toast(page, 'Rosa Alvarez joined vision')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Team members' })).toContainText('Rosa Alvarez');
    await expect(requests).toBeHidden();

    // Rosa joins ml-research at once and lands on it. (She has no Models seat: vision's settings are
    // not hers to read, so she is switched to from the Teams page.)
    await page.goto('/account-settings/acme-ml/teams');
    await viewAs(page, 'Rosa Alvarez');
    await page.getByRole('button', { name: 'Join ml-research' }).click();
    await expect(page).toHaveURL(/\/ml-research$/);
    await expect(page.getByRole('heading', { name: 'ml-research', level: 1 })).toBeVisible();
  });

  test(`an acme-ml.com account outside the org joins a team from the org's page (${size.width})`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await openUsers(page);
    await viewAs(page, 'Marcus Becker');
    await expect(page.getByRole('heading', { name: /You don.t have access to Acme ML/ })).toBeVisible();
    const offer = page.getByRole('region', { name: 'Teams you can join' });
    await expect(offer.getByRole('button', { name: 'Ask to join vision' })).toBeEnabled();
    await shot(page, 'no-access-teams-to-join');
    await expectNoSeriousA11yViolations(page, { include: 'main' });
    await offer.getByRole('button', { name: 'Join ml-research' }).click();
    await expect(page).toHaveURL(/\/ml-research$/);
    await expect(page.getByRole('heading', { name: 'ml-research', level: 1 })).toBeVisible();
  });
}
