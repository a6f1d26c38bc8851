// Artifacts (ADR 0026): a Member logs versions, deletes any version (§8's artifact:delete) and edits
// aliases; View-Only and a Viewer seat are refused; "latest" follows the newest version by itself.
import { describe, expect, it } from 'vitest';
import type { World } from '../../model';
import { acmeWorld, as } from '../../test-world';
import { apply, check, type Operation } from '../registry';

const create = (id: string, name = 'model'): Operation => ({
  type: 'artifact.create',
  artifact: { id, projectId: 'vision', name, createdAt: '' },
});
const alias = (artifactId: string, value: string, add = true): Operation =>
  add
    ? { type: 'artifact.addAlias', artifactId, alias: value }
    : { type: 'artifact.removeAlias', artifactId, alias: value };
const text = (w: World, who: string, op: Operation) =>
  check(w, as(who), op)
    .reasons.map((r) => r.text)
    .join(' | ');
/** Two versions of `model`: v0 logged by gus (a Member), v1 by cal (the team Admin). */
const twoVersions = (): World => apply(apply(acmeWorld(), as('gus'), create('m0')), as('cal'), create('m1'));

describe('logging versions', () => {
  it('numbers versions of a name and keeps "latest" on the newest', () => {
    const w = twoVersions();
    expect(w.artifacts.get('m0')).toMatchObject({ version: 0, aliases: [] });
    expect(w.artifacts.get('m1')).toMatchObject({ version: 1, aliases: ['latest'], authorId: 'cal' });
  });
  it('View-Only and a Viewer seat may not log one', () => {
    expect(check(acmeWorld(), as('bea'), create('x')).allowed).toBe(false);
    expect(text(acmeWorld(), 'eve', create('x'))).toMatch(/Viewer Models seat/);
  });
});

describe('deleting versions', () => {
  it('a Member deletes a version someone else logged (§8: artifact:delete, not :own)', () => {
    const w = twoVersions();
    expect(text(w, 'eve', { type: 'artifact.delete', artifactId: 'm1' })).toMatch(/Viewer Models seat/);
    expect(check(w, as('gus'), { type: 'artifact.delete', artifactId: 'm1' }).allowed).toBe(true);
    const after = apply(w, as('gus'), { type: 'artifact.delete', artifactId: 'm1' });
    expect(after.artifacts.has('m1')).toBe(false);
    // "latest" moves back to the newest left.
    expect(after.artifacts.get('m0')?.aliases).toEqual(['latest']);
  });
  it('View-Only may not delete', () => {
    expect(text(twoVersions(), 'bea', { type: 'artifact.delete', artifactId: 'm0' })).toMatch(/View-Only/);
  });
});

describe('aliases', () => {
  it('an alias moves to the version it is added to', () => {
    const w = apply(apply(twoVersions(), as('gus'), alias('m0', 'best')), as('gus'), alias('m1', 'best'));
    expect(w.artifacts.get('m0')?.aliases).toEqual([]);
    expect(w.artifacts.get('m1')?.aliases).toEqual(['latest', 'best']);
    expect(apply(w, as('gus'), alias('m1', 'best', false)).artifacts.get('m1')?.aliases).toEqual(['latest']);
  });
  it('"latest" and version numbers are not edited by hand; View-Only edits none', () => {
    expect(text(twoVersions(), 'gus', alias('m0', 'latest'))).toMatch(/newest version/);
    expect(text(twoVersions(), 'gus', alias('m1', 'latest', false))).toMatch(/newest version/);
    expect(check(twoVersions(), as('gus'), alias('m0', 'v7')).field).toBe('alias');
    expect(check(twoVersions(), as('bea'), alias('m0', 'best')).allowed).toBe(false);
  });
});
