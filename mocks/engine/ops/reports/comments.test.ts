// A report's text and its comments' deletion (ADR 0026): the author and Admins edit the text; one's own
// comment goes with report:comment (View-Only too), anyone else's only with report:delete for anyone's
// (team and org admins): a Member who wrote the report does not delete others' comments on it.
import { describe, expect, it } from 'vitest';
import type { World } from '../../model';
import { acmeWorld, as } from '../../test-world';
import { apply, check, type Operation } from '../registry';

/** rep-gus (by gus, a Member) with a comment by bea (View-Only) and one by gus. */
function world(): World {
  let w = acmeWorld();
  const comment = (id: string, by: string): Operation => ({
    type: 'report.comment',
    reportId: 'rep-gus',
    comment: { id, text: `from ${by}`, at: '' },
  });
  w = apply(w, as('bea'), comment('c-bea', 'bea'));
  return apply(w, as('gus'), comment('c-gus', 'gus'));
}
const del = (commentId: string): Operation => ({
  type: 'report.deleteComment',
  reportId: 'rep-gus',
  commentId,
});
const text = (w: World, who: string, op: Operation) =>
  check(w, as(who), op)
    .reasons.map((r) => r.text)
    .join(' | ');

describe('deleting comments', () => {
  it('View-Only deletes their own comment', () => {
    const w = world();
    expect(check(w, as('bea'), del('c-bea')).allowed).toBe(true);
    expect(
      apply(w, as('bea'), del('c-bea'))
        .reports.get('rep-gus')
        ?.comments?.map((c) => c.id),
    ).toEqual(['c-gus']);
  });
  it('the report’s author, a Member, may not delete someone else’s comment on it', () => {
    const refused = check(world(), as('gus'), del('c-bea'));
    expect(refused).toMatchObject({ allowed: false, refusal: 'forbidden' });
    expect(text(world(), 'gus', del('c-bea'))).toMatch(/comment/);
  });
  it('a team admin and an org admin delete anyone’s comment', () => {
    expect(check(world(), as('cal'), del('c-bea')).allowed).toBe(true);
    expect(check(world(), as('ann'), del('c-gus')).allowed).toBe(true);
  });
  it('an unknown comment is a 404', () => {
    expect(check(world(), as('cal'), del('nope')).refusal).toBe('not-found');
  });
});

describe('a report’s text', () => {
  const edit = (body: string): Operation => ({
    type: 'report.update',
    reportId: 'rep-gus',
    title: 'T',
    body,
    at: '',
  });
  it('the author writes it; View-Only may not', () => {
    expect(apply(acmeWorld(), as('gus'), edit('Findings\n- one')).reports.get('rep-gus')?.body).toBe(
      'Findings\n- one',
    );
    expect(check(acmeWorld(), as('bea'), edit('x')).allowed).toBe(false);
  });
  it('an edit without a text keeps it; a text over 20,000 characters is a 422', () => {
    const w = apply(acmeWorld(), as('gus'), edit('kept'));
    const titled = apply(w, as('gus'), {
      type: 'report.update',
      reportId: 'rep-gus',
      title: 'Renamed',
      at: '',
    });
    expect(titled.reports.get('rep-gus')?.body).toBe('kept');
    expect(check(acmeWorld(), as('gus'), edit('x'.repeat(20001))).field).toBe('body');
  });
});
