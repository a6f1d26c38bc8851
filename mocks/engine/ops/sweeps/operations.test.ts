// Sweeps (ADR 0026): Members create sweeps and their agents log runs; "Team members can only delete
// runs and sweep runs created by that member"; team and org admins delete any sweep, with its runs.
import { describe, expect, it } from 'vitest';
import { apply, check, type Operation } from '../registry';
import { WorldBuilder } from '../../world-builder';
import { acmeWorld, as } from '../../test-world';

const text = (d: { reasons: { text: string }[] }) => d.reasons.map((r) => r.text).join(' | ');
const world = () =>
  new WorldBuilder()
    .org('acme')
    .user('ann', { orgRole: 'admin' })
    .user('cal')
    .user('gus')
    .user('hal')
    .user('bea')
    .team('ml', { cal: 'admin', gus: 'member', hal: 'member', bea: 'viewer' })
    .project('vision', 'ml')
    .sweep('sw-gus', 'vision', 'gus')
    .sweepRun('sr-gus', 'sw-gus')
    .sweep('sw-mixed', 'vision', 'gus')
    .sweepRun('sr-hal', 'sw-mixed', 'hal')
    .build();

describe('creating a sweep and its runs', () => {
  const create: Operation = {
    type: 'sweep.create',
    sweep: { id: 'sw-new', projectId: 'vision', name: 'lr-search', method: 'bayes', createdAt: '' },
  };
  it('a Member creates a sweep (sweep:create) and an agent logs its runs as them', () => {
    const w = world();
    expect(check(w, as('gus'), create).allowed).toBe(true);
    const after = apply(w, as('gus'), create);
    expect(after.sweeps.get('sw-new')?.authorId).toBe('gus');
    const log: Operation = {
      type: 'sweep.logRun',
      sweepId: 'sw-new',
      run: { id: 'r1', name: 'agent-1', createdAt: '' },
    };
    expect(check(after, as('hal'), log).allowed).toBe(true);
    expect(apply(after, as('hal'), log).runs.get('r1')).toMatchObject({ sweepId: 'sw-new', authorId: 'hal' });
  });
  it('View-Only may not create a sweep, with the reason; a bad method is a 422', () => {
    const d = check(world(), as('bea'), create);
    expect(d.refusal).toBe('forbidden');
    expect(text(d)).toMatch(/View-Only/);
    expect(
      check(world(), as('gus'), { ...create, sweep: { ...create.sweep, method: 'nope' as 'grid' } }).field,
    ).toBe('method');
  });
});

describe('deleting: Members their own sweep runs, admins any sweep', () => {
  const del = (sweepId: string): Operation => ({ type: 'sweep.delete', sweepId });
  it('a Member deletes their own sweep and its runs go with it', () => {
    const w = world();
    expect(check(w, as('gus'), del('sw-gus')).allowed).toBe(true);
    const after = apply(w, as('gus'), del('sw-gus'));
    expect(after.sweeps.get('sw-gus')).toBeUndefined();
    expect(after.runs.get('sr-gus')).toBeUndefined();
  });
  it('a Member may not delete someone else’s sweep', () => {
    const d = check(world(), as('hal'), del('sw-gus'));
    expect(d.refusal).toBe('forbidden');
    expect(text(d)).toMatch(/this sweep was created by Gus/);
  });
  it('a Member’s own sweep holding another member’s run is refused, naming the run', () => {
    const d = check(world(), as('gus'), del('sw-mixed'));
    expect(d.refusal).toBe('forbidden');
    expect(text(d)).toMatch(/deletes its run sr-hal/);
    expect(text(d)).toMatch(/this run was created by Hal/);
  });
  it('a sweep run is a run: a Member deletes only the sweep runs they created', () => {
    const w = world();
    expect(check(w, as('hal'), { type: 'run.delete', runId: 'sr-hal' }).allowed).toBe(true);
    expect(check(w, as('hal'), { type: 'run.delete', runId: 'sr-gus' }).refusal).toBe('forbidden');
  });
  it('a team Admin and an org Admin delete any sweep', () => {
    const w = world();
    expect(check(w, as('cal'), del('sw-mixed')).allowed).toBe(true);
    expect(check(w, as('ann'), del('sw-gus')).allowed).toBe(true);
  });
  it('a deleted team takes its sweeps', () => {
    const w = world();
    const after = apply(w, as('ann'), { type: 'team.delete', teamId: 'ml' });
    expect(after.sweeps.size).toBe(0);
  });
  it('no sweep is a 404', () => {
    expect(check(acmeWorld(), as('ann'), del('ghost')).refusal).toBe('not-found');
  });
});

describe('moving a sweep run', () => {
  it('a sweep run moved to another project leaves its sweep', () => {
    const w = new WorldBuilder()
      .org('acme')
      .user('gus')
      .team('ml', { gus: 'admin' })
      .project('vision', 'ml')
      .project('other', 'ml')
      .sweep('sw', 'vision', 'gus')
      .sweepRun('sr', 'sw')
      .build();
    const after = apply(w, as('gus'), { type: 'run.move', runIds: ['sr'], toProjectId: 'other' });
    expect(after.runs.get('sr')).toMatchObject({ projectId: 'other' });
    expect(after.runs.get('sr')?.sweepId).toBeUndefined();
    expect(after.sweeps.get('sw')?.projectId).toBe('vision');
  });
});
