// A report's text, deleting comments, and artifact versions and aliases on the project page (ADR 0026):
// a Member writes his report's text and logs versions; an org Viewer comments and may not log one (the
// button says why); the report's author may not delete her comment, the team's admin may.
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { openUsers, toast, viewAs } from './support/console';

const SHOTS = process.env.SHOTS_DIR;
const shot = async (page: Page, name: string) => {
  if (SHOTS)
    await page.screenshot({
      path: `${SHOTS}/${name}-${page.viewportSize()?.width ?? 0}.png`,
      fullPage: true,
    });
};
const PROJECT = '/vision/diffusion-sweeps/overview';

for (const size of [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
]) {
  test(`report text, comment deletion and artifact versions as each person sees them (${size.width})`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await openUsers(page);
    await viewAs(page, 'Samir Khan');
    await page.goto(PROJECT);
    const reports = page.getByRole('table', { name: 'Reports' });
    await reports.getByRole('button', { name: 'Edit report Noise schedule notes' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit report Noise schedule notes' });
    await dialog.getByLabel('Text').fill('## Result\nCosine beats linear at 1k steps.');
    await shot(page, 'report-edit-text');
    await expectNoSeriousA11yViolations(page, { include: '[role="dialog"]' });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(reports).toContainText('Cosine beats linear at 1k steps.');

    // Artifacts: log a version, alias it, log another ("latest" moves), delete the first.
    const artifacts = page.getByRole('table', { name: 'Artifacts' });
    const logVersion = async () => {
      await page.getByRole('button', { name: 'Log a version' }).click();
      const log = page.getByRole('dialog', { name: 'Log an artifact version' });
      await log.getByLabel('Artifact name').fill('unet-weights');
      await log.getByRole('button', { name: 'Log version' }).click();
      await expect(log).toBeHidden();
    };
    await logVersion();
    await expect(artifacts.getByLabel('Aliases of unet-weights:v0')).toContainText('latest');
    await artifacts.getByRole('button', { name: 'Add an alias to unet-weights:v0' }).click();
    const aliasDialog = page.getByRole('dialog', { name: 'Add an alias to unet-weights:v0' });
    await aliasDialog.getByLabel('Alias').fill('best');
    await aliasDialog.getByRole('button', { name: 'Add alias' }).click();
    await expect(toast(page, 'Alias best added')).toBeVisible();
    await logVersion();
    await expect(artifacts.getByLabel('Aliases of unet-weights:v1')).toContainText('latest');
    await expect(artifacts.getByLabel('Aliases of unet-weights:v0')).toHaveText(/^best/);
    await shot(page, 'artifact-versions');
    await expectNoSeriousA11yViolations(page, { include: 'main' });
    await artifacts.getByRole('button', { name: 'Delete artifact unet-weights:v0' }).click();
    await page.getByRole('button', { name: 'Delete version' }).click();
    await expect(toast(page, 'Deleted unet-weights:v0')).toBeVisible();
    await expect(artifacts).not.toContainText('unet-weights:v0');

    // An org Viewer comments, and may not log a version: the button says why.
    await viewAs(page, 'Erin Walsh');
    const refused = page.getByRole('button', { name: 'Log a version' });
    await expect(refused).toBeDisabled();
    await expect(refused.locator('xpath=..')).toHaveAttribute('data-reason', /View-Only|Viewer/);
    await reports.getByRole('button', { name: 'Comment on report Noise schedule notes' }).click();
    const comment = page.getByRole('dialog', { name: 'Comment on Noise schedule notes' });
    await comment.getByLabel('Comment').fill('Which schedule won?');
    await comment.getByRole('button', { name: 'Comment' }).click();
    await expect(
      reports.getByRole('button', { name: 'Delete Erin Walsh’s comment on Noise schedule notes' }),
    ).toBeVisible();

    // The report's author (a Member) may not delete it; the team's admin may.
    await viewAs(page, 'Samir Khan');
    await expect(reports).toContainText('Which schedule won?');
    await expect(reports.getByRole('button', { name: /Delete Erin Walsh’s comment/ })).toHaveCount(0);
    await viewAs(page, 'Carla Mendes');
    await reports
      .getByRole('button', { name: 'Delete Erin Walsh’s comment on Noise schedule notes' })
      .click();
    await expect(toast(page, 'Comment deleted')).toBeVisible();
    await expect(reports).not.toContainText('Which schedule won?');
  });
}
