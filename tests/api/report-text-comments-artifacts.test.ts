// A report's text, deleting comments, and artifact versions and aliases through the API (ADR 0026):
// each refusal the project page shows is a 403 here with the engine's reason; each change is audited.
import { describe, expect, it } from 'vitest';
import { auditPageSchema } from '../../src/api/audit';
import { projectContentSchema, sharedReportSchema } from '../../src/api/project-content';
import { errorOf, startBackend } from './backend';
import { readJson } from './read-json';

type Backend = ReturnType<typeof startBackend>;
const SWEEPS = '/projects/vision/diffusion-sweeps';
const act = (b: Backend, username: string) => b.db.setActingUser(`user-${username}`);
const content = async (b: Backend) =>
  readJson(await b.call('GET', `${SWEEPS}/content`), projectContentSchema);
const lastAudit = async (b: Backend) => {
  act(b, 'achen');
  return readJson(await b.call('GET', `/orgs/${b.slug}/audit-log`), auditPageSchema).items[0];
};

describe("a report's text", () => {
  it('the author writes it, the magic link shows it, and the log has it', async () => {
    const b = startBackend();
    act(b, 'tsingh');
    const path = '/projects/ml-research/benchmarks-public/reports/report-leaderboard';
    expect((await b.call('PATCH', path, { title: 'Leaderboard, November', body: 'All green.' })).status).toBe(
      200,
    );
    b.db.setActingUser(null);
    const shared = readJson(await b.call('GET', '/shared-reports/link-leaderboard'), sharedReportSchema);
    expect(shared.body).toBe('All green.');
    const entry = await lastAudit(b);
    expect(entry?.changes).toContainEqual(expect.objectContaining({ field: 'Text', after: 'All green.' }));
  });
});

describe('deleting comments', () => {
  it('own for anyone who may comment, anyone’s for team admins; the report’s Member author is refused', async () => {
    const b = startBackend();
    act(b, 'ewalsh'); // org Viewer, View-Only in vision
    await b.call('POST', `${SWEEPS}/reports/report-noise-notes/comments`, { text: 'Nice curves' });
    const comment = (await content(b)).reports.items
      .find((r) => r.id === 'report-noise-notes')
      ?.comments.find((c) => c.text === 'Nice curves');
    expect(comment?.remove.allowed).toBe(true);
    act(b, 'skhan'); // wrote the report, a Member
    const refused = await b.call('DELETE', `${SWEEPS}/reports/report-noise-notes/comments/${comment?.id}`);
    expect(refused.status).toBe(403);
    expect(errorOf(refused.json).message).toMatch(/comment/);
    act(b, 'cmendes'); // vision's admin
    const done = await b.call('DELETE', `${SWEEPS}/reports/report-noise-notes/comments/${comment?.id}`);
    expect(done.status).toBe(200);
    const entry = await lastAudit(b);
    expect(entry).toMatchObject({ action: 'report:delete_comment' });
    expect(entry?.description).toMatch(/Erin Walsh's comment/);
  });
});

describe('artifact versions and aliases', () => {
  it('a Member logs a version, adds an alias, and deletes a version; View-Only is refused with why', async () => {
    const b = startBackend();
    act(b, 'skhan');
    const created = await b.call('POST', `${SWEEPS}/artifacts`, { name: 'unet-weights' });
    expect(created.status).toBe(201);
    let row = (await content(b)).artifacts.items.find((a) => a.name === 'unet-weights');
    expect(row).toMatchObject({ version: 0, aliases: [{ name: 'latest', remove: { allowed: false } }] });
    expect((await b.call('POST', `${SWEEPS}/artifacts/${row?.id}/aliases`, { alias: 'best' })).status).toBe(
      200,
    );
    expect((await lastAudit(b))?.action).toBe('artifact:alias_update');
    act(b, 'skhan');
    const latest = await b.call('DELETE', `${SWEEPS}/artifacts/${row?.id}/aliases/latest`);
    expect(latest.status).toBe(422);
    act(b, 'ewalsh');
    row = (await content(b)).artifacts.items.find((a) => a.name === 'unet-weights');
    expect(row?.actions.remove.allowed).toBe(false);
    const refused = await b.call('DELETE', `${SWEEPS}/artifacts/${row?.id}`);
    expect(refused.status).toBe(403);
    expect(errorOf(refused.json).message).toMatch(/View-Only/);
    act(b, 'vdubois'); // another Member of vision: §8 gives Members artifact:delete
    expect((await b.call('DELETE', `${SWEEPS}/artifacts/${row?.id}`)).status).toBe(200);
    expect((await lastAudit(b))?.action).toBe('artifact:delete');
  });
});
