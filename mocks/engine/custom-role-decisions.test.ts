// §7 custom roles as decide() sees them: `:own` added permissions, a custom project role, and an edit
// or deletion taking effect at once for every holder.
import { describe, expect, it } from 'vitest';
import { apply } from './ops/registry';
import { decide } from './decide';
import type { Resource } from './model';
import { as } from './test-world';
import { WorldBuilder } from './world-builder';

const run = (runId: string): Resource => ({ kind: 'run', runId });
const project = (projectId: string): Resource => ({ kind: 'project', projectId });

const world = () =>
  new WorldBuilder()
    .org('acme')
    .user('a')
    .user('s')
    .user('m')
    .customRole('stopper', 'viewer', ['run:stop:own'], 'Run Stopper')
    .team('t', { a: 'admin', s: 'custom:stopper', m: 'member' })
    .project('p', 't', { roleOverrides: { m: 'custom:stopper' } })
    .run('r-s', 'p', 's')
    .run('r-m', 'p', 'm')
    .build();

describe('§7 custom role decisions', () => {
  it('an added :own permission applies to the holder’s own items only', () => {
    const w = world();
    expect(decide(w, as('s'), 'run:stop', run('r-s')).allowed).toBe(true);
    const other = decide(w, as('s'), 'run:stop', run('r-m'));
    expect(other.allowed).toBe(false);
    expect(decide(w, as('s'), 'run:create', project('p')).allowed).toBe(false);
  });

  it('a custom role as a project override replaces the team role in that project', () => {
    const w = world();
    // m is a team Member, but Run Stopper (base Viewer) in project p.
    expect(decide(w, as('m'), 'run:create', project('p')).allowed).toBe(false);
    expect(decide(w, as('m'), 'run:stop', run('r-m')).allowed).toBe(true);
  });

  it('an edit reaches every holder at once, and deletion falls back to the base', () => {
    const edited = apply(world(), as('a'), {
      type: 'role.update',
      roleId: 'stopper',
      added: ['run:stop:own', 'sweep:create'],
      at: '',
    });
    expect(decide(edited, as('s'), 'sweep:create', project('p')).allowed).toBe(true);
    expect(decide(edited, as('m'), 'sweep:create', project('p')).allowed).toBe(true);
    const deleted = apply(edited, as('a'), { type: 'role.delete', roleId: 'stopper' });
    expect(deleted.teams.get('t')?.members.get('s')?.role).toBe('viewer');
    expect(decide(deleted, as('s'), 'run:stop', run('r-s')).allowed).toBe(false);
    expect(decide(deleted, as('s'), 'run:read', project('p')).allowed).toBe(true);
  });
});
