// Invites on the Users page: send (SaaS) / add (Dedicated), refusals in place, resend, revoke, edit,
// and what Members and Viewers get (disabled controls with the reason, and a refused API call).
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { openUsers, ORG, viewAs } from './support/console';

// Radix toasts are list items of the Notifications region (its role=status announcer is fleeting).
const toast = (page: Page, text: string) =>
  page
    .getByRole('region', { name: /^Notifications/ })
    .getByRole('listitem')
    .filter({ hasText: text });
const dialogNamed = (page: Page, name: string) => page.getByRole('dialog', { name });

async function openInviteDialog(page: Page) {
  await page.getByRole('button', { name: 'Invite new user' }).click();
  const dialog = dialogNamed(page, 'Invite new user');
  await expect(dialog).toBeVisible();
  return dialog;
}

async function pick(page: Page, combobox: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: combobox }).click();
  await page.getByRole('option', { name: option }).click();
}

test.describe('as an org admin', () => {
  test('invites a new user to two teams; the invite is listed with its expiry', async ({ page }) => {
    await openUsers(page);
    const dialog = await openInviteDialog(page);
    await expectNoSeriousA11yViolations(page, { include: '[role="dialog"]' });
    // The dialog states the server's rule (inviteTtlDays), which the listed expiry below follows.
    await expect(dialog).toContainText('Invites expire after 7 days.');
    await dialog.getByLabel('Email or username').fill('new.hire@example.com');
    await dialog.getByRole('checkbox', { name: 'vision' }).click();
    await dialog.getByRole('checkbox', { name: 'infra' }).click();
    await pick(page, 'Team role in infra', 'View-Only');
    await expect(dialog.getByText(/Full seats: 21 of 23 in use/)).toBeVisible();
    await dialog.getByRole('button', { name: 'Send invite' }).click();
    await expect(dialog).toBeHidden();
    await expect(toast(page, 'Invite sent to new.hire@example.com')).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search users' }).fill('new.hire');
    const row = page.getByRole('row', { name: /new\.hire@example\.com/ });
    await expect(row).toContainText('Invited');
    await expect(row).toContainText('expires in 7 days');
    await expect(row).toContainText('infra');
  });

  test('a username resolves to the person; an invalid email is caught as you type', async ({ page }) => {
    await openUsers(page);
    const dialog = await openInviteDialog(page);
    const email = dialog.getByLabel('Email or username');
    await email.fill('ada@');
    await expect(
      dialog.getByText('Enter a valid email address (name@example.com) or a username'),
    ).toBeVisible();
    await email.fill('sberg');
    await expect(dialog.getByText('Sven Berg')).toBeVisible();
    await expect(dialog.getByText(/Globex · invite goes to sven\.berg@globex\.io/)).toBeVisible();
    await dialog.getByRole('button', { name: 'Send invite' }).click();
    await expect(toast(page, 'Invite sent to Sven Berg (sven.berg@globex.io)')).toBeVisible();
  });

  test.describe('refusals', () => {
    test('already a member or already invited is refused in place, keeping the input', async ({
      page,
      expectRefusal,
    }) => {
      expectRefusal(409, '/api/orgs/acme-ml/invites', { count: 2 });
      await openUsers(page);
      const dialog = await openInviteDialog(page);
      const email = dialog.getByLabel('Email or username');
      await email.fill('carla.mendes@acme-ml.com');
      // The engine's dry run says so before sending…
      await expect(dialog.getByText('Carla Mendes is already a member of Acme ML')).toBeVisible();
      await dialog.getByRole('button', { name: 'Send invite' }).click();
      // …and the refused send says it again above the buttons.
      await expect(dialog.getByRole('alert')).toHaveText('Carla Mendes is already a member of Acme ML');
      await expect(email).toHaveValue('carla.mendes@acme-ml.com');
      await email.fill('nora.lindqvist@acme-ml.com');
      await dialog.getByRole('button', { name: 'Send invite' }).click();
      await expect(dialog.getByRole('alert')).toHaveText(
        /nora\.lindqvist@acme-ml\.com is already invited to Acme ML/,
      );
    });

    test('when Full seats run out, the Full option is disabled with the reason', async ({
      page,
      expectRefusal,
    }) => {
      expectRefusal(409, '/api/orgs/acme-ml/invites');
      await openUsers(page);
      for (const who of ['one@example.com', 'two@example.com']) {
        const dialog = await openInviteDialog(page);
        await dialog.getByLabel('Email or username').fill(who);
        await dialog.getByRole('button', { name: 'Send invite' }).click();
        await expect(dialog).toBeHidden();
      }
      const dialog = await openInviteDialog(page);
      await expect(dialog.getByText(/23 of 23 in use.*\(0 left\)/)).toBeVisible();
      await page.getByRole('combobox', { name: 'Models seat' }).click();
      const full = page.getByRole('option', { name: /Full/ });
      await expect(full).toHaveAttribute('aria-disabled', 'true');
      await expect(full).toContainText('Seat limit reached');
      await page.keyboard.press('Escape');
      // The direct API call gets the same answer.
      const status = await page.evaluate(async (org) => {
        const r = await fetch(`/api/orgs/${org}/invites`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'three@example.com', orgRole: 'member', modelsSeat: 'full' }),
        });
        return r.status;
      }, ORG);
      expect(status).toBe(409);
    });
  });

  test('resends an expired invite with a new 7-day expiry', async ({ page }) => {
    await openUsers(page, '?status=expired');
    await page.getByRole('button', { name: 'Actions for jonas.berg@gmail.com' }).click();
    await page.getByRole('menuitem', { name: 'Resend invite' }).click();
    await expect(toast(page, 'Invite resent to jonas.berg@gmail.com')).toBeVisible();
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Invited' }).click();
    await expect(page.getByRole('row', { name: /jonas\.berg@gmail\.com/ })).toContainText(
      'expires in 7 days',
    );
  });

  test('revokes an invite after confirming', async ({ page }) => {
    await openUsers(page, '?status=invited');
    await page.getByRole('button', { name: 'Actions for leila.aziz@acme-ml.com' }).click();
    await page.getByRole('menuitem', { name: 'Revoke invite…' }).click();
    const confirm = dialogNamed(page, 'Revoke the invite to leila.aziz@acme-ml.com?');
    await expectNoSeriousA11yViolations(page, { include: '[role="dialog"]' });
    await confirm.getByRole('button', { name: 'Revoke invite' }).click();
    await expect(confirm).toBeHidden();
    await expect(toast(page, 'Invite to leila.aziz@acme-ml.com revoked')).toBeVisible();
    await expect(page.getByRole('row', { name: /leila\.aziz/ })).toHaveCount(0);
  });

  test('edits the role and teams of a pending invite', async ({ page }) => {
    await openUsers(page, '?status=invited');
    await page.getByRole('button', { name: 'Actions for nora.lindqvist@acme-ml.com' }).click();
    await page.getByRole('menuitem', { name: 'Edit role and teams…' }).click();
    const dialog = dialogNamed(page, 'Edit role and teams');
    await expect(dialog.getByRole('checkbox', { name: 'ml-research' })).toBeChecked();
    await expectNoSeriousA11yViolations(page, { include: '[role="dialog"]' });
    await pick(page, 'Select role', /^Viewer/);
    // An org Viewer holds a Viewer seat and is View-Only in teams: the form follows the server's options.
    await expect(page.getByRole('combobox', { name: 'Models seat' })).toHaveText(/Viewer/);
    await expect(page.getByRole('combobox', { name: 'Team role in ml-research' })).toHaveText(/View-Only/);
    await dialog.getByRole('checkbox', { name: 'vision' }).click();
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(dialog).toBeHidden();
    await expect(toast(page, 'Invite to nora.lindqvist@acme-ml.com updated')).toBeVisible();
    const row = page.getByRole('row', { name: /nora\.lindqvist/ });
    await expect(row).toContainText('Viewer');
    await expect(row).toContainText('vision');
  });

  test('works from the keyboard alone', async ({ page }) => {
    await openUsers(page);
    await page.getByRole('button', { name: 'Invite new user' }).focus();
    await page.keyboard.press('Enter');
    const dialog = dialogNamed(page, 'Invite new user');
    await expect(dialog.getByLabel('Email or username')).toBeFocused();
    await page.keyboard.type('keys.only@example.com');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(toast(page, 'Invite sent to keys.only@example.com')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Invite new user' })).toBeFocused();
  });
});

test.describe('on other plans and deployments', () => {
  test('Dedicated Cloud: Add user, optionally without the invite email', async ({ page }) => {
    await page.goto('/account-settings/northwind/users?scenario=dedicated');
    await page.getByRole('button', { name: 'Add user' }).click();
    const dialog = dialogNamed(page, 'Add user');
    // axe looks at what is there: the dialog first (it ran once before the dialog had opened).
    await expect(dialog).toBeVisible();
    await expectNoSeriousA11yViolations(page, { include: '[role="dialog"]' });
    await dialog.getByLabel('Email or username').fill('new.clinician@northwind-health.org');
    const sendEmail = dialog.getByRole('checkbox', { name: 'Send invite email to user' });
    await expect(sendEmail).toBeChecked();
    await sendEmail.click();
    await expect(sendEmail).not.toBeChecked();
    await dialog.getByRole('button', { name: 'Add new user' }).click();
    await expect(dialog).toBeHidden();
    await expect(toast(page, 'No email was sent')).toBeVisible();
  });

  test('Teams plan: the org Viewer role is disabled with the reason', async ({ page }) => {
    await page.goto('/account-settings/pixel-forge/users?scenario=startup');
    await page.getByRole('button', { name: 'Invite new user' }).click();
    await page.getByRole('combobox', { name: 'Select role' }).click();
    const viewer = page.getByRole('option', { name: /Viewer/ });
    await expect(viewer).toHaveAttribute('aria-disabled', 'true');
    await expect(viewer).toContainText('The org Viewer role needs an Enterprise license');
  });
});

test.describe('as a Member and as a Viewer', () => {
  for (const [who, role] of [
    ['Carla Mendes', 'Member'],
    ['Erin Walsh', 'Viewer'],
  ] as const) {
    test(`${role}: invite controls are disabled with the reason, and the API refuses`, async ({
      page,
      expectRefusal,
    }) => {
      // The four direct API calls below.
      expectRefusal(403, '/api/orgs/acme-ml/invites');
      expectRefusal(403, '/api/orgs/acme-ml/invites/invite-1/resend');
      expectRefusal(403, '/api/orgs/acme-ml/invites/invite-1', { count: 2 });
      await openUsers(page);
      await viewAs(page, who);
      // They may neither invite nor change anyone: no refused buttons, one read-only note, whose Why?
      // names the invite refusal too.
      await expect(page.getByRole('button', { name: 'Invite new user' })).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Import from CSV' })).toHaveCount(0);
      const note = page.getByRole('status').filter({ hasText: 'Read-only.' });
      await expect(note).toContainText('not invite, import or change anyone');
      await note.getByRole('button', { name: 'Why?' }).click();
      await expect(page.getByRole('dialog', { name: 'Why is this read-only?' })).toContainText(
        'Only org Admins can invite',
      );
      await page.keyboard.press('Escape');
      const answers = await page.evaluate(async (org) => {
        const send = (method: string, path: string, body?: unknown) =>
          fetch(`/api/orgs/${org}${path}`, {
            method,
            headers: { 'content-type': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body),
          }).then(async (r) => ({
            status: r.status,
            body: (await r.json()) as { error?: { message: string } },
          }));
        return [
          await send('POST', '/invites', { email: 'x@example.com', orgRole: 'member', modelsSeat: 'none' }),
          await send('POST', '/invites/invite-1/resend'),
          await send('DELETE', '/invites/invite-1'),
          await send('PATCH', '/invites/invite-1', { orgRole: 'admin' }),
        ];
      }, ORG);
      for (const a of answers) {
        expect(a.status).toBe(403);
        expect(a.body.error?.message).toMatch(/Only org Admins can invite/);
      }
    });
  }
});
