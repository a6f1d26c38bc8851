// Acme's sweeps, shared reports and service-account runs (ADR 0026), so a demo shows each rule: a
// Member's own sweep and one holding someone else's run, a report shared by magic link and one whose
// link the team's report sharing setting deactivated, followers and a View-Only comment, and CI runs
// logged with ci-bot's key, attributed by WANDB_USERNAME or to ci-bot itself. Added after every other
// row with ids of their own, so the ids the rest of the seed draws do not move.
import type { WorldBuilder } from '../../engine/index';

const u = (username: string) => `user-${username}`;
const SWEEPS = 'project-vision-diffusion-sweeps';
const CI_BOT = 'sa-ml-research-ci-bot';

/**
 * Reports: project, title, author, days ago, the key of its ids (report-…, and link-… when shared by
 * magic link). In this order: the random-operation logs of the tests draw from the seed as it is.
 */
const REPORTS: readonly [string, string, string, number, string, 'shared' | 'private'][] = [
  [SWEEPS, 'Diffusion sweep findings', 'zandersson', 4, 'sweep-findings', 'shared'],
  [SWEEPS, 'Noise schedule notes', 'skhan', 2, 'noise-notes', 'private'],
  // safety-evals turns off public sharing of reports in private projects: this link is deactivated.
  ['project-safety-evals-toxicity-classifier', 'Toxicity filter eval', 'nnovak', 8, 'tox-eval', 'shared'],
  ['project-ml-research-benchmarks-public', 'Leaderboard, November', 'tsingh', 5, 'leaderboard', 'shared'],
];

export function addAcmeContent(b: WorldBuilder): void {
  const lr = b.addSweep(SWEEPS, 'lr-search', 'bayes', u('zandersson'), 12, 'sweep-lr-search');
  for (const [i, state] of (['finished', 'finished', 'running'] as const).entries())
    b.addSweepRun(lr, `lr-search-${i + 1}`, state, 11 - i);
  const noise = b.addSweep(SWEEPS, 'noise-schedule', 'grid', u('skhan'), 6, 'sweep-noise-schedule');
  b.addSweepRun(noise, 'noise-schedule-1', 'finished', 5);
  b.addSweepRun(noise, 'noise-schedule-2', 'crashed', 4);
  // An agent Victor ran on Samir's sweep: Samir may not delete the sweep with Victor's run in it.
  b.addSweepRun(noise, 'noise-schedule-3', 'finished', 3, u('vdubois'));

  for (const [project, title, author, days, key, sharing] of REPORTS) {
    const report = b.addReport(project, title, u(author), days, `report-${key}`);
    if (sharing === 'shared') b.editReport(report.id, { magicLink: `link-${key}` });
  }
  b.editReport('report-leaderboard', {
    body: [
      '## Where we stand',
      'The 7B fine-tune leads on three of the five public benchmarks; the distilled 1.3B model is within',
      '2 points on reasoning at a fifth of the cost.',
      '',
      '## Next',
      '- Re-run the long-context suite with the fixed tokenizer',
      '- Add the November safety evals before the next release',
    ].join('\n'),
  });
  b.editReport('report-sweep-findings', {
    followers: [u('ewalsh'), u('cmendes')],
    comments: [
      {
        id: 'comment-1',
        authorId: u('ewalsh'),
        text: 'Can we rerun lr-search with warmup?',
        at: b.clock.daysAgo(2),
      },
    ],
  });

  b.addServiceRun('project-ml-research-llm-finetune', 'nightly-eval-mgarcia', CI_BOT, u('mgarcia'), 1);
  b.addServiceRun('project-ml-research-llm-finetune', 'nightly-eval', CI_BOT, CI_BOT, 2);
}
