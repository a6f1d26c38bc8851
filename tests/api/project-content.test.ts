// Reports, sweeps, artifacts and service-account runs through the API (ADR 0026): each permission
// boundary the project page shows as a refused button is refused here too, with the engine's reasons,
// and every change leaves an audit entry.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { auditPageSchema } from '../../src/api/audit';
import {
  projectContentSchema,
  serviceAccountChoicesSchema,
  serviceRunResultSchema,
  sharedReportSchema,
  sharingResultSchema,
} from '../../src/api/project-content';
import { errorOf, startBackend } from './backend';
import { readJson } from './read-json';

type Backend = ReturnType<typeof startBackend>;
const SWEEPS = '/projects/vision/diffusion-sweeps';
const act = (b: Backend, username: string) => b.db.setActingUser(`user-${username}`);
const content = async (b: Backend, path = SWEEPS) =>
  readJson(await b.call('GET', `${path}/content`), projectContentSchema);
const reasons = (json: unknown) =>
  errorOf(json)
    .reasons.map((r) => r.text)
    .join(' | ');
const lastAudit = async (b: Backend) => {
  act(b, 'achen');
  return readJson(await b.call('GET', `/orgs/${b.slug}/audit-log`), auditPageSchema).items[0];
};

describe('reports', () => {
  it('a Member edits and deletes their own report, and is refused another’s with whose it is', async () => {
    const b = startBackend();
    act(b, 'skhan');
    const c = await content(b);
    const mine = c.reports.items.find((r) => r.title === 'Noise schedule notes');
    const theirs = c.reports.items.find((r) => r.title === 'Diffusion sweep findings');
    expect(mine?.actions.edit.allowed).toBe(true);
    expect(theirs?.actions.edit.allowed).toBe(false);
    const edit = await b.call('PATCH', `${SWEEPS}/reports/report-sweep-findings`, { title: 'Mine now' });
    expect(edit.status).toBe(403);
    expect(reasons(edit.json)).toMatch(/this report was created by Zoe Andersson/);
    expect((await b.call('DELETE', `${SWEEPS}/reports/report-sweep-findings`)).status).toBe(403);
    expect(
      (await b.call('PATCH', `${SWEEPS}/reports/report-noise-notes`, { title: 'Noise v2' })).status,
    ).toBe(200);
    expect((await lastAudit(b))?.description).toMatch(/Samir Khan edited the report “Noise schedule notes”/);
  });

  it('a team Admin edits and deletes anyone’s report; a Member creates one', async () => {
    const b = startBackend();
    act(b, 'cmendes');
    expect((await b.call('DELETE', `${SWEEPS}/reports/report-sweep-findings`)).status).toBe(200);
    expect((await lastAudit(b))?.action).toBe('report:delete');
    act(b, 'skhan');
    const created = await b.call('POST', `${SWEEPS}/reports`, { title: 'Schedule comparison' });
    expect(created.status).toBe(201);
    expect((await b.call('POST', `${SWEEPS}/reports`, { title: ' ' })).status).toBe(422);
  });

  it('an org Viewer (View-Only) follows and comments, and may not create or edit', async () => {
    const b = startBackend();
    act(b, 'ewalsh');
    const c = await content(b);
    expect(c.reports.create.allowed).toBe(false);
    const notes = c.reports.items.find((r) => r.id === 'report-noise-notes');
    expect(notes?.actions.follow.allowed).toBe(true);
    expect(notes?.actions.comment.allowed).toBe(true);
    expect(notes?.actions.edit.allowed).toBe(false);
    expect(
      (await b.call('PUT', `${SWEEPS}/reports/report-noise-notes/follow`, { follow: true })).status,
    ).toBe(200);
    expect(
      (await b.call('PUT', `${SWEEPS}/reports/report-noise-notes/follow`, { follow: true })).status,
    ).toBe(409);
    expect(
      (await b.call('POST', `${SWEEPS}/reports/report-noise-notes/comments`, { text: 'Looks good' })).status,
    ).toBe(201);
    const created = await b.call('POST', `${SWEEPS}/reports`, { title: 'Mine' });
    expect(created.status).toBe(403);
    expect(reasons(created.json)).toMatch(/View-Only|Viewer/);
    const after = (await content(b)).reports.items.find((r) => r.id === 'report-noise-notes');
    expect(after).toMatchObject({ following: true, followers: 1 });
    expect(after?.comments.at(-1)).toMatchObject({ authorName: 'Erin Walsh', text: 'Looks good' });
  });
});

describe('report sharing and the team setting', () => {
  it('a shared report opens by its link for anyone, signed out too', async () => {
    const b = startBackend();
    b.db.setActingUser(null);
    const shared = await b.call('GET', '/shared-reports/link-leaderboard');
    expect(readJson(shared, sharedReportSchema).title).toBe('Leaderboard, November');
  });

  it('in a team with public sharing of reports in private projects off, a link is deactivated and a new one refused', async () => {
    const b = startBackend();
    const dead = await b.call('GET', '/shared-reports/link-tox-eval');
    expect(dead.status).toBe(403);
    expect(reasons(dead.json)).toMatch(
      /Turn off public sharing outside the team for reports in private projects/,
    );
    act(b, 'nnovak');
    const row = (await content(b, '/projects/safety-evals/toxicity-classifier')).reports.items[0];
    expect(row?.sharing).toMatchObject({ shared: true, active: false });
    const off = await b.call(
      'PUT',
      '/projects/safety-evals/toxicity-classifier/reports/report-tox-eval/sharing',
      {
        magicLink: false,
      },
    );
    expect(readJson(off, sharingResultSchema).link).toBeNull();
    const again = await b.call(
      'PUT',
      '/projects/safety-evals/toxicity-classifier/reports/report-tox-eval/sharing',
      {
        magicLink: true,
      },
    );
    expect(again.status).toBe(403);
    expect(reasons(again.json)).toMatch(/safety-evals/);
  });

  it('in a team without the setting the author shares by magic link; the link works', async () => {
    const b = startBackend();
    act(b, 'skhan');
    const res = await b.call('PUT', `${SWEEPS}/reports/report-noise-notes/sharing`, { magicLink: true });
    const link = readJson(res, sharingResultSchema).link ?? '';
    // The link is the page a visitor opens; the page reads the report by its token.
    expect(link).toMatch(/^\/reports\/link-/);
    b.db.setActingUser(null);
    expect((await b.call('GET', link.replace('/reports/', '/shared-reports/'))).status).toBe(200);
  });
});

describe('sweeps', () => {
  it('a Member runs an agent on a sweep and deletes their own sweep with its runs', async () => {
    const b = startBackend();
    act(b, 'skhan');
    const created = await b.call('POST', `${SWEEPS}/sweeps`, { name: 'warmup', method: 'grid' });
    expect(created.status).toBe(201);
    const { id } = readJson(created, z.object({ id: z.string() }));
    expect((await b.call('POST', `${SWEEPS}/sweeps/${id}/runs`)).status).toBe(201);
    expect((await b.call('DELETE', `${SWEEPS}/sweeps/${id}`)).status).toBe(200);
    expect(b.db.world.runs.values().some((r) => r.sweepId === id)).toBe(false);
    expect((await lastAudit(b))?.description).toMatch(/deleted the sweep warmup and its 1 run/);
  });

  it('a Member may not delete another’s sweep, nor their own holding another’s run; a team Admin may', async () => {
    const b = startBackend();
    act(b, 'skhan');
    const other = await b.call('DELETE', `${SWEEPS}/sweeps/sweep-lr-search`);
    expect(other.status).toBe(403);
    expect(reasons(other.json)).toMatch(/this sweep was created by Zoe Andersson/);
    const mixed = await b.call('DELETE', `${SWEEPS}/sweeps/sweep-noise-schedule`);
    expect(mixed.status).toBe(403);
    expect(reasons(mixed.json)).toMatch(/this run was created by Victor Dubois/);
    act(b, 'cmendes');
    expect((await b.call('DELETE', `${SWEEPS}/sweeps/sweep-noise-schedule`)).status).toBe(200);
  });

  it('View-Only may not create a sweep', async () => {
    const b = startBackend();
    act(b, 'ewalsh');
    expect((await content(b)).sweeps.create.allowed).toBe(false);
    expect((await b.call('POST', `${SWEEPS}/sweeps`, { name: 'nope' })).status).toBe(403);
  });
});

describe('artifact download', () => {
  it('a Viewer seat is refused with the reason; a Full seat downloads', async () => {
    const b = startBackend();
    act(b, 'lfischer'); // Member of vision with a Viewer seat
    const c = await content(b);
    const artifact = c.artifacts.items[0];
    expect(artifact?.actions.download.allowed).toBe(false);
    const refused = await b.call('POST', `${SWEEPS}/artifacts/${artifact?.id}/download`);
    expect(refused.status).toBe(403);
    expect(reasons(refused.json)).toMatch(/Viewer Models seat/);
    act(b, 'skhan');
    expect((await b.call('POST', `${SWEEPS}/artifacts/${artifact?.id}/download`)).status).toBe(200);
  });
});

describe('runs logged with a service account key', () => {
  const log = (b: Backend, username: string, project = 'project-ml-research-llm-finetune') =>
    b.call('POST', '/demo/service-runs', {
      serviceAccountId: 'sa-ml-research-ci-bot',
      projectId: project,
      username,
    });

  it('lists the home org’s service accounts with their projects', async () => {
    const b = startBackend();
    const choices = readJson(await b.call('GET', '/demo/service-accounts'), serviceAccountChoicesSchema);
    expect(choices.map((c) => c.name)).toContain('ci-bot');
  });

  it('WANDB_USERNAME of a team member attributes the run to them, else it is the service account’s', async () => {
    const b = startBackend();
    const named = readJson(await log(b, 'mgarcia'), serviceRunResultSchema);
    expect(named).toMatchObject({ attributedTo: 'Mateo Garcia', loggedWith: 'ci-bot' });
    const unnamed = readJson(await log(b, ''), serviceRunResultSchema);
    expect(unnamed.attributedTo).toBe('ci-bot (service account)');
    expect(unnamed.note).toMatch(/WANDB_USERNAME was not set/);
    const outsider = readJson(await log(b, 'cmendes'), serviceRunResultSchema);
    expect(outsider.note).toMatch(/not a member of team ml-research/);
    const entry = await lastAudit(b);
    expect(entry?.description).toMatch(/service account ci-bot logged the run/);
  });

  it('the service account may not log to a Restricted project it was not added to', async () => {
    const b = startBackend();
    const res = await log(b, '', 'project-vision-medical-imaging');
    expect(res.status).toBe(403);
  });
});
