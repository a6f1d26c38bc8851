// Reports, sweeps, artifacts and service-account runs on the project page (ADR 0026): each refused
// control says the server's reason and "Why?" opens its chain; allowed ones change the project.
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { openDemoPanel, openUsers, toast, viewAs } from './support/console';

const SWEEPS = '/vision/diffusion-sweeps/overview';

test('a Member edits their own report; another’s report and sweeps say why they are refused', async ({
  page,
}) => {
  await openUsers(page);
  await viewAs(page, 'Samir Khan');
  await page.goto(SWEEPS);
  const reports = page.getByRole('table', { name: 'Reports' });
  const theirs = reports.getByRole('button', { name: 'Edit report Diffusion sweep findings' });
  await expect(theirs).toBeDisabled();
  await expect(theirs.locator('xpath=..')).toHaveAttribute(
    'data-reason',
    /this report was created by Zoe Andersson/,
  );
  await reports
    .getByRole('row', { name: /Diffusion sweep findings/ })
    .getByRole('button', { name: 'Why?' })
    .click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toContainText('this report was created by Zoe Andersson');
  await page.keyboard.press('Escape');

  await reports.getByRole('button', { name: 'Edit report Noise schedule notes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit report Noise schedule notes' });
  await dialog.getByLabel('Title').fill('Noise schedule, round two');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(reports.getByText('Noise schedule, round two')).toBeVisible();

  const sweeps = page.getByRole('table', { name: 'Sweeps' });
  const other = sweeps.getByRole('button', { name: 'Delete sweep lr-search' });
  await expect(other).toBeDisabled();
  await expect(other.locator('xpath=..')).toHaveAttribute(
    'data-reason',
    /this sweep was created by Zoe Andersson/,
  );
  // His own sweep holds a run Victor's agent logged: refused too, naming it.
  await expect(
    sweeps.getByRole('button', { name: 'Delete sweep noise-schedule' }).locator('xpath=..'),
  ).toHaveAttribute('data-reason', /this run was created by Victor Dubois/);
  await expectNoSeriousA11yViolations(page, { include: 'main' });
});

test('an org Viewer follows and comments on a report; creating one and downloading are refused with the reason', async ({
  page,
}) => {
  await openUsers(page);
  await viewAs(page, 'Erin Walsh');
  await page.goto(SWEEPS);
  const reports = page.getByRole('table', { name: 'Reports' });
  const create = page.getByRole('button', { name: 'Create report' });
  await expect(create).toBeDisabled();
  await expect(create.locator('xpath=..')).toHaveAttribute('data-reason', /View-Only|Viewer/);
  const sweep = page.getByRole('button', { name: 'Create sweep' });
  await expect(sweep).toBeDisabled();
  await expect(sweep.locator('xpath=..')).toHaveAttribute('data-reason', /View-Only|Viewer/);
  await reports.getByRole('button', { name: 'Follow report Noise schedule notes' }).click();
  await expect(reports.getByRole('button', { name: 'Unfollow report Noise schedule notes' })).toBeVisible();
  await reports.getByRole('button', { name: 'Comment on report Noise schedule notes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Comment on Noise schedule notes' });
  await dialog.getByLabel('Comment').fill('Which schedule won?');
  await dialog.getByRole('button', { name: 'Comment' }).click();
  await expect(reports.getByText('Which schedule won?')).toBeVisible();

  // No artifact may be downloaded: one line says why, instead of a refused Download on every row.
  const artifacts = page.getByRole('region', { name: 'Artifacts' });
  await expect(artifacts.getByRole('button', { name: /^Download artifact/ })).toHaveCount(0);
  await expect(artifacts.getByText(/^Read-only:/)).toHaveCount(1);
  await expect(artifacts.getByText(/^Read-only:/)).toContainText('Viewer Models seat');
  // One Why? for the rows (the note's): Log a version is refused for the cause the page's read-only note
  // gives (the org Viewer role), so it keeps its reason in its tooltip and adds no Why? of its own.
  await expect(artifacts.getByText(/^Read-only:/).getByRole('button', { name: 'Why?' })).toHaveCount(1);
  await expect(artifacts.getByRole('button', { name: 'Why?' })).toHaveCount(1);
  const log = artifacts.getByRole('button', { name: 'Log a version' });
  await expect(log).toBeDisabled();
  await expect(log.locator('xpath=..')).toHaveAttribute('data-reason', /org Viewer/);
  await expectNoSeriousA11yViolations(page, { include: 'main' });
});

test('where no report allows anything, the reports say read-only once, not in every row', async ({
  page,
}) => {
  await openUsers(page);
  await viewAs(page, 'Erin Walsh');
  // An Open project of a team Erin (an org Viewer) is not in: she may neither follow nor comment.
  await page.goto('/llm-platform/llm-eval-harness/overview');
  const reports = page.getByRole('region', { name: 'Reports' });
  await expect(reports.getByRole('table', { name: 'Reports' })).toBeVisible();
  await expect(reports.getByRole('table', { name: 'Reports' }).getByRole('button')).toHaveCount(0);
  // The page's read-only note gives the cause (the org Viewer role) once, with its one Why?: the reports
  // refused for that same cause say it again neither above their table nor beside Create report.
  const note = page.locator('.banner', { hasText: 'Read-only.' });
  await expect(note).toContainText('org Viewer');
  await expect(reports.getByText(/^Read-only:/)).toHaveCount(0);
  await expect(reports.getByRole('button', { name: 'Why?' })).toHaveCount(0);
  await expect(reports.getByRole('button', { name: 'Create report' }).locator('xpath=..')).toHaveAttribute(
    'data-reason',
    /org Viewer/,
  );
  await note.getByRole('button', { name: 'Why?' }).click();
  const drawer = page.getByRole('dialog', { name: 'Why is this read-only?' });
  await expect(drawer).toContainText('org Viewer');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
});

test('a team Admin deletes a Member’s sweep with its runs', async ({ page }) => {
  await openUsers(page);
  await viewAs(page, 'Carla Mendes');
  await page.goto(SWEEPS);
  await page.getByRole('button', { name: 'Delete sweep noise-schedule' }).click();
  await page
    .getByRole('dialog', { name: 'Delete sweep noise-schedule?' })
    .getByRole('button', { name: 'Delete sweep' })
    .click();
  await expect(toast(page, 'Deleted sweep noise-schedule')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Sweeps' }).getByText('noise-schedule')).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Runs' }).getByText('noise-schedule-1')).toHaveCount(0);
});

test('a report link deactivated by the team’s sharing setting says why; a new one is refused', async ({
  page,
}) => {
  await openUsers(page);
  await viewAs(page, 'Nadia Novak');
  await page.goto('/safety-evals/toxicity-classifier/overview');
  const row = page.getByRole('table', { name: 'Reports' }).getByRole('row', { name: /Toxicity filter eval/ });
  await expect(row.getByText('Magic link deactivated')).toBeVisible();
  await expect(row).toContainText('Turn off public sharing outside the team for reports in private projects');
  await row.getByRole('button', { name: 'Turn off the magic link of report Toxicity filter eval' }).click();
  const share = row.getByRole('button', { name: 'Share by magic link report Toxicity filter eval' });
  await expect(share).toBeDisabled();
  await expect(share.locator('xpath=..')).toHaveAttribute('data-reason', /Team safety-evals has/);
});

test('a CI run logged with ci-bot’s key is attributed by WANDB_USERNAME; the runs table shows both', async ({
  page,
}) => {
  await openUsers(page);
  const demo = await openDemoPanel(page);
  const section = demo.getByRole('region', { name: 'Log a run with a service account key' });
  await section.getByRole('combobox', { name: 'Service account' }).click();
  await page.getByRole('option', { name: 'ml-research/ci-bot' }).click();
  await section.getByRole('combobox', { name: 'Project' }).click();
  await page.getByRole('option', { name: 'tokenizer-ablations' }).click();
  await section.getByLabel('WANDB_USERNAME').fill('wzhang');
  await section.getByRole('button', { name: 'Log run' }).click();
  await expect(section.getByRole('status')).toContainText('attributed to Wen Zhang');
  await page.keyboard.press('Escape');
  await page.goto('/ml-research/tokenizer-ablations/overview');
  const run = page.getByRole('table', { name: 'Runs' }).getByRole('row', { name: /ci-run/ });
  await expect(run).toContainText('Wen Zhang');
  await expect(run).toContainText('logged with service account ci-bot’s key');
});
