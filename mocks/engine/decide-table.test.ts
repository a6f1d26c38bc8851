// §8 built-in grants, every permission × role, written out from the spec (not from the engine's table).
import { describe, expect, it } from 'vitest';
import { decide } from './decide';
import type { BuiltinTeamRole } from './model';
import { PROJECT_PERMISSIONS, type TeamPermission } from './permissions';
import { as } from './test-world';
import { WorldBuilder } from './world-builder';

const V = 'viewer',
  M = 'member',
  A = 'admin',
  S = 'service';
const SPEC: Record<TeamPermission, BuiltinTeamRole[]> = {
  'project:read': [V, M, A, S],
  'run:read': [V, M, A, S],
  'report:read': [V, M, A, S],
  'artifact:read': [V, M, A, S],
  'launch:queue_read': [V, M, A, S],
  'artifact:download': [V, M, A, S],
  'report:comment': [V, M, A],
  'project:create': [M, A],
  'workspace:update': [M, A],
  'run:create': [M, A, S],
  'report:create': [M, A],
  'sweep:create': [M, A],
  'launch:job_submit': [M, A],
  'run:stop:own': [M, A],
  'run:delete:own': [M, A],
  'run:move:own': [M, A],
  'report:update:own': [M, A],
  'report:delete:own': [M, A],
  'artifact:create': [M, A, S],
  'artifact:update': [M, A],
  'artifact:delete': [M, A],
  'artifact:alias_update': [M, A],
  'artifact:alias_delete': [M, A],
  'run:stop': [A],
  'run:delete': [A],
  'run:move': [A],
  'report:update': [A],
  'report:delete': [A],
  'project:update': [A],
  'project:delete': [A],
  'project:manage_users': [A],
  'team:invite_user': [A],
  'team:remove_user': [A],
  'team:update_role': [A],
  'team:manage_settings': [A],
  'team:create_service_account': [A],
  'team:delete': [A],
  'launch:queue_create': [A],
  'launch:queue_manage': [A],
};

const world = new WorldBuilder()
  .org('acme')
  .user('boss', { orgRole: 'member' })
  .user('v')
  .user('m')
  .user('a')
  .user('s')
  .team('t', { boss: 'admin', v: 'viewer', m: 'member', a: 'admin', s: 'service' })
  .project('p', 't', { ownerId: 'boss' })
  .build();
const ROLE_USER: Record<BuiltinTeamRole, string> = { viewer: 'v', member: 'm', admin: 'a', service: 's' };

describe('§8 built-in grants table', () => {
  const rows = PROJECT_PERMISSIONS.flatMap((permission) =>
    (Object.keys(ROLE_USER) as BuiltinTeamRole[]).map((role) => ({
      permission,
      role,
      expected: SPEC[permission].includes(role),
    })),
  );
  it.each(rows)('$role has $permission: $expected', ({ permission, role, expected }) => {
    const d = decide(world, as(ROLE_USER[role]), permission, { kind: 'project', projectId: 'p' });
    expect(d.allowed).toBe(expected);
  });

  it('covers every permission of the catalog', () => {
    expect(Object.keys(SPEC).sort()).toEqual([...PROJECT_PERMISSIONS].sort());
  });
});
