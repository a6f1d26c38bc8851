// Reports (ADR 0026): edit and delete own for Members, any for Admins; View-Only follows and comments;
// the team's report sharing setting refuses and deactivates magic links in private projects.
import { describe, expect, it } from 'vitest';
import { apply, check, type Operation } from '../registry';
import type { World } from '../../model';
import { acmeWorld, as, editRow, withTeamSettings } from '../../test-world';
import { magicLinkState } from './sharing';

const w = acmeWorld();
const edit = (reportId: string): Operation => ({
  type: 'report.update',
  reportId,
  title: 'New title',
  at: '',
});
const del = (reportId: string): Operation => ({ type: 'report.delete', reportId });
const share = (reportId: string, magicLink: string | null = 'tok'): Operation => ({
  type: 'report.share',
  reportId,
  magicLink,
});
const text = (d: { reasons: { text: string }[] }) => d.reasons.map((r) => r.text).join(' | ');

describe('creating reports', () => {
  const create = (projectId: string, title = 'Findings'): Operation => ({
    type: 'report.create',
    report: { id: 'rep-new', projectId, title, createdAt: '' },
  });
  it('a Member creates a report and is its author; View-Only may not', () => {
    expect(check(w, as('gus'), create('vision')).allowed).toBe(true);
    expect(apply(w, as('gus'), create('vision')).reports.get('rep-new')?.authorId).toBe('gus');
    const refused = check(w, as('bea'), create('vision'));
    expect(refused.refusal).toBe('forbidden');
    expect(text(refused)).toMatch(/View-Only/);
  });
  it('a Viewer seat cannot create a report, and an empty title is a 422', () => {
    expect(text(check(w, as('eve'), create('vision')))).toMatch(/Viewer Models seat/);
    expect(check(w, as('gus'), create('vision', '  ')).field).toBe('title');
  });
});

describe('editing and deleting reports: own for Members, any for Admins', () => {
  it('the Member who wrote it edits and deletes it', () => {
    expect(check(w, as('gus'), edit('rep-gus')).allowed).toBe(true);
    expect(check(w, as('gus'), del('rep-gus')).allowed).toBe(true);
  });
  it('another Member is refused, with whose report it is', () => {
    const world = editRow(w, 'teams', 'ml-research', (t) => ({
      ...t,
      members: t.members.with('hal', { role: 'member', joinedAt: '' }),
    }));
    for (const op of [edit('rep-gus'), del('rep-gus')]) {
      const d = check(world, as('hal'), op);
      expect(d.refusal).toBe('forbidden');
      expect(text(d)).toMatch(/only on items they created; this report was created by Gus/);
    }
  });
  it('a team Admin and an org Admin edit and delete anyone’s report', () => {
    expect(check(w, as('cal'), edit('rep-gus')).allowed).toBe(true);
    expect(check(w, as('ann'), del('rep-gus')).allowed).toBe(true);
    expect(apply(w, as('cal'), del('rep-gus')).reports.get('rep-gus')).toBeUndefined();
  });
});

describe('following and commenting (View-Only may)', () => {
  it('View-Only and an org Viewer follow and comment', () => {
    const follow: Operation = { type: 'report.follow', reportId: 'rep-gus', follow: true };
    const comment: Operation = {
      type: 'report.comment',
      reportId: 'rep-gus',
      comment: { id: 'c1', text: 'Nice run', at: '' },
    };
    for (const who of ['bea', 'dee']) {
      expect(check(w, as(who), follow).allowed).toBe(true);
      expect(check(w, as(who), comment).allowed).toBe(true);
    }
    const after = apply(apply(w, as('bea'), follow), as('dee'), comment);
    expect(after.reports.get('rep-gus')?.followers).toEqual(['bea']);
    expect(after.reports.get('rep-gus')?.comments?.[0]).toMatchObject({ authorId: 'dee', text: 'Nice run' });
    expect(check(after, as('bea'), follow).refusal).toBe('conflict');
  });
  it('someone outside a Team project may not comment', () => {
    const d = check(w, as('olga'), { type: 'report.follow', reportId: 'rep-gus', follow: true });
    expect(d.allowed).toBe(false);
  });
});

describe('§5.1 #4 report sharing in private projects', () => {
  const locked = (world: World) =>
    withTeamSettings(world, 'ml-research', { noPublicReportsInPrivateProjects: true });
  it('with the setting off the author shares a Team project’s report by magic link', () => {
    expect(check(w, as('gus'), share('rep-gus')).allowed).toBe(true);
    const shared = apply(w, as('gus'), share('rep-gus'));
    expect(magicLinkState(shared, shared.reports.get('rep-gus')!).active).toBe(true);
  });
  it('with it on, a new link is refused with the setting named', () => {
    const d = check(locked(w), as('gus'), share('rep-gus'));
    expect(d.refusal).toBe('forbidden');
    expect(text(d)).toMatch(/Turn off public sharing outside the team for reports in private projects/);
  });
  it('turning it on deactivates an existing link; turning it off brings it back', () => {
    const shared = apply(w, as('gus'), share('rep-gus'));
    const on = locked(shared);
    const state = magicLinkState(on, on.reports.get('rep-gus')!);
    expect(state).toMatchObject({ shared: true, active: false });
    expect(state.blockedBy?.text).toMatch(/ml-research/);
    const off = withTeamSettings(on, 'ml-research', { noPublicReportsInPrivateProjects: false });
    expect(magicLinkState(off, off.reports.get('rep-gus')!).active).toBe(true);
  });
  it('the org’s enforcement acts the same and says it is enforced org-wide', () => {
    const enforced = editRow(w, 'orgs', 'acme', (o) => ({
      ...o,
      enforcements: { noPublicReportsInPrivateProjects: true },
    }));
    expect(text(check(enforced, as('gus'), share('rep-gus')))).toMatch(/organization enforces/);
  });
  it('an Open or Public project’s reports may still be shared', () => {
    const world = editRow(locked(w), 'reports', 'rep-gus', (r) => ({ ...r, projectId: 'pub' }));
    expect(check(world, as('gus'), share('rep-gus')).allowed).toBe(true);
  });
  it('sharing is editing: another Member and View-Only are refused; turning a link off needs one', () => {
    expect(check(w, as('bea'), share('rep-gus')).refusal).toBe('forbidden');
    expect(check(w, as('gus'), share('rep-gus', null)).refusal).toBe('conflict');
  });
});
