// Dedicated Cloud domain capture (ADR 0025): Northwind's admin sets the access contact in org Settings
// (a checked email, saved, in the audit log); a SaaS sign-up from northwind-health.org is then told to
// contact that address, and may still create a trial org.
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { openDemoPanel, shot, toast } from './support/console';
import { SIZES } from './support/personas';

for (const size of [SIZES.wide, SIZES.narrow]) {
  test(`a Dedicated admin sets the access contact; a SaaS sign-up from its domain is shown it (${size.width})`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto('/?scenario=dedicated');
    await expect(page.getByRole('banner')).toContainText('Northwind Health');
    await page.goto('/account-settings/northwind/settings');
    const section = page.getByRole('region', { name: 'Access contact' });
    await expect(section).toContainText('Not set');
    await section.getByRole('button', { name: 'Set contact' }).click();
    const dialog = page.getByRole('dialog', { name: 'Access contact' });
    await dialog.getByRole('textbox', { name: 'Contact email' }).fill('ml-access@');
    await dialog.getByRole('button', { name: 'Save contact' }).click();
    await expect(
      dialog.getByText('Enter an email address, e.g. ml-access@northwind-health.org'),
    ).toBeVisible();
    await shot(page, 'access-contact-dialog');
    await expectNoSeriousA11yViolations(page, { include: '[role="dialog"]' });
    await dialog.getByRole('textbox', { name: 'Contact email' }).fill('ml-access@northwind-health.org');
    await dialog.getByRole('button', { name: 'Save contact' }).click();
    await expect(toast(page, 'Access contact: ml-access@northwind-health.org')).toBeVisible();
    await expect(section).toContainText('ml-access@northwind-health.org');
    await shot(page, 'access-contact');
    await expectNoSeriousA11yViolations(page, { include: 'main' });

    // The change is in the audit log.
    await page.goto('/account-settings/northwind/audit-log');
    await expect(page.getByRole('table', { name: 'Audit log entries, newest first' })).toContainText(
      'ml-access@northwind-health.org',
    );

    // A SaaS sign-up from the domain: told whom to contact, and may still create a trial org.
    const panel = await openDemoPanel(page);
    const signup = panel.getByRole('region', { name: 'Sign up with an email' });
    await signup.getByRole('textbox', { name: 'Name', exact: true }).fill('Dana Reyes');
    await signup.getByRole('textbox', { name: 'Email' }).fill('dana.reyes@northwind-health.org');
    const note = signup.getByRole('note');
    await expect(note).toContainText('Northwind Health runs its own W&B instance for northwind-health.org');
    await expect(note.getByRole('link', { name: 'ml-access@northwind-health.org' })).toHaveAttribute(
      'href',
      'mailto:ml-access@northwind-health.org',
    );
    await expect(signup.getByRole('checkbox', { name: 'Create an organization to trial W&B' })).toBeVisible();
    await signup.scrollIntoViewIfNeeded();
    await shot(page, 'signup-access-contact');
  });
}
