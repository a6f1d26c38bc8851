// §7 custom roles: who, plan, names, permissions, base changes, deletion fallback.
import { describe, expect, it } from 'vitest';
import { apply, check, type Operation } from '../registry';
import type { CustomRole } from '../../model';
import { acmeWorld, as, launchManager } from '../../test-world';

const role = launchManager;
const create = (r: Partial<CustomRole> = {}): Operation => ({ type: 'role.create', role: role(r) });
const withRole = () => apply(acmeWorld(), as('ann'), create());

describe('§7 custom roles', () => {
  it('§7 org admins create custom roles; others may not', () => {
    expect(check(acmeWorld(), as('ann'), create()).allowed).toBe(true);
    expect(check(acmeWorld(), as('cal'), create()).refusal).toBe('forbidden');
  });
  it('§7 custom roles need Enterprise ("Custom roles need an Enterprise license")', () => {
    const d = check(acmeWorld({ plan: 'teams' }), as('ann'), create());
    expect(d.reasons.at(-1)).toMatchObject({ step: 'plan', text: 'Custom roles need an Enterprise license' });
  });
  it('§7 names are unique case-insensitively, also against built-in roles', () => {
    for (const name of ['admin', 'MEMBER', 'View-Only', 'viewer', 'Service']) {
      expect(check(acmeWorld(), as('ann'), create({ name })).refusal).toBe('conflict');
    }
    expect(check(withRole(), as('ann'), create({ id: 'lm2', name: 'launch manager' })).refusal).toBe(
      'conflict',
    );
  });
  it('§7 at least one added permission, none the base already has, only team permissions', () => {
    expect(check(acmeWorld(), as('ann'), create({ added: [] })).field).toBe('added');
    expect(check(acmeWorld(), as('ann'), create({ added: ['run:read'] })).refusal).toBe('invalid');
    expect(check(acmeWorld(), as('ann'), create({ base: 'member', added: ['run:create'] })).refusal).toBe(
      'invalid',
    );
    expect(check(acmeWorld(), as('ann'), create({ added: ['organization:invite_user'] })).refusal).toBe(
      'invalid',
    );
  });
  it('§7 Decision: changing the base drops added permissions that became inherited', () => {
    const world = apply(
      acmeWorld(),
      as('ann'),
      create({ added: ['launch:job_submit', 'launch:queue_create'] }),
    );
    const op: Operation = { type: 'role.update', roleId: 'lm', base: 'member', at: '' };
    expect(check(world, as('ann'), op).allowed).toBe(true);
    expect(apply(world, as('ann'), op).customRoles.get('lm')?.added).toEqual(['launch:queue_create']);
    const onlyInherited = apply(acmeWorld(), as('ann'), create({ added: ['launch:job_submit'] }));
    expect(check(onlyInherited, as('ann'), op).refusal).toBe('invalid');
  });
  it('§7 deleting a role moves its holders (team and project roles) to its base', () => {
    let world = withRole();
    world = apply(world, as('cal'), {
      type: 'team.setRole',
      teamId: 'ml-research',
      principalId: 'gus',
      role: 'custom:lm',
    });
    world = apply(world, as('cal'), {
      type: 'project.setRole',
      projectId: 'vision',
      principalId: 'eve',
      role: 'custom:lm',
    });
    const memberBase = apply(
      world,
      as('ann'),
      create({ id: 'mb', name: 'Member plus', base: 'member', added: ['run:stop'] }),
    );
    const withMb = apply(memberBase, as('cal'), {
      type: 'team.setRole',
      teamId: 'ml-research',
      principalId: 'fay',
      role: 'custom:mb',
    });
    const after = apply(withMb, as('ann'), { type: 'role.delete', roleId: 'lm' });
    expect(after.teams.get('ml-research')?.members.get('gus')?.role).toBe('viewer');
    expect(after.projects.get('vision')?.roleOverrides.get('eve')).toBe('viewer');
    expect(after.customRoles.get('lm')).toBeUndefined();
    const after2 = apply(withMb, as('ann'), { type: 'role.delete', roleId: 'mb' });
    expect(after2.teams.get('ml-research')?.members.get('fay')?.role).toBe('member');
  });
});
