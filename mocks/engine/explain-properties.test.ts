// Property (issue 7): over random states, every explanation (effectiveAccess) agrees with decide(): the
// same verdict and reasons per permission, the chain ends in its verdict (one allow or every refusal), and no refusal hides in
// an allowed chain. whoHasAccess' flags agree with decide() too.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveAccess } from './access';
import { apply } from './apply';
import { check } from './check';
import { decide } from './decide';
import { actorOf } from './lookup';
import type { RoleRef, World } from './model';
import type { Operation } from './operations';
import { acmeWorld, as } from './test-world';
import { whoHasAccess } from './who-has-access';

const USERS = ['ann', 'bea', 'cal', 'dee', 'eve', 'fay', 'gus', 'hal', 'olga'];
const PROJECTS = ['vision', 'secret-llm', 'open-demo', 'pub'];
const user = fc.constantFrom(...USERS);
const project = fc.constantFrom(...PROJECTS);
const role = fc.constantFrom<RoleRef>('admin', 'member', 'viewer', 'custom:lm');

const opArb: fc.Arbitrary<Operation> = fc.oneof(
  fc
    .record({ userId: user, role: fc.constantFrom('admin' as const, 'member' as const, 'viewer' as const) })
    .map((o): Operation => ({ type: 'member.setOrgRole', ...o })),
  fc
    .record({
      userId: user,
      modelsSeat: fc.constantFrom('full' as const, 'viewer' as const, 'none' as const),
    })
    .map((o): Operation => ({ type: 'member.setSeat', ...o })),
  fc
    .record({ principalId: user, role })
    .map((o): Operation => ({ type: 'team.addMember', teamId: 'ml-research', at: '', ...o })),
  fc
    .record({ principalId: user, role })
    .map((o): Operation => ({ type: 'team.setRole', teamId: 'ml-research', ...o })),
  user.map((principalId): Operation => ({ type: 'team.removeMember', teamId: 'ml-research', principalId })),
  fc
    .record({ projectId: project, principalId: user, role })
    .map((o): Operation => ({ type: 'project.setRole', ...o })),
  fc
    .record({ projectId: project, principalId: user })
    .map((o): Operation => ({ type: 'project.addMember', ...o })),
  fc
    .record({
      projectId: project,
      visibility: fc.constantFrom('open' as const, 'public' as const, 'team' as const, 'restricted' as const),
    })
    .map((o): Operation => ({ type: 'project.update', at: '', ...o })),
  fc.constant<Operation>({
    type: 'role.create',
    role: {
      id: 'lm',
      orgId: 'acme',
      name: 'Launch Manager',
      description: '',
      base: 'viewer',
      added: ['launch:queue_manage', 'run:create'],
      createdAt: '',
      updatedAt: '',
    },
  }),
  fc
    .record({ key: fc.constantFrom('membersCanInvite' as const, 'hidden' as const), value: fc.boolean() })
    .map(({ key, value }): Operation => ({
      type: 'team.updateSettings',
      teamId: 'ml-research',
      settings: { [key]: value },
    })),
);

/** A random state: the allowed ones of random changes made by the org admin. */
function stateAfter(ops: Operation[]): World {
  let world = acmeWorld();
  for (const op of ops) if (check(world, as('ann'), op).allowed) world = apply(world, as('ann'), op);
  return world;
}

function assertConsistent(world: World): void {
  const targets = [
    ...Object.keys(world.teams).map((teamId) => ({ kind: 'team' as const, teamId })),
    ...Object.keys(world.projects).map((projectId) => ({ kind: 'project' as const, projectId })),
  ];
  for (const id of [...Object.keys(world.users), ...Object.keys(world.serviceAccounts)]) {
    for (const target of targets) {
      const explained = effectiveAccess(world, id, target);
      for (const { permission, decision } of explained.permissions) {
        const decided = decide(world, actorOf(world, id), permission, target);
        expect(decision).toEqual(decided);
        // The steps before the verdict are the role's source, shared by every permission.
        const source =
          explained.roleLabel === 'No access' ? explained.roleSource.slice(0, -1) : explained.roleSource;
        expect(decision.reasons.slice(0, source.length)).toEqual(source);
        // The verdict: one allow, or every refusal that applies (the first, then each cap), no notes.
        const verdict = decision.reasons.slice(source.length);
        if (decision.allowed) expect(verdict.map((r) => r.effect)).toEqual(['allow']);
        else {
          expect(verdict.length).toBeGreaterThan(0);
          expect(verdict.every((r) => r.effect === 'deny')).toBe(true);
        }
        if (decision.allowed) expect(decision.reasons.filter((r) => r.effect === 'deny')).toEqual([]);
      }
    }
  }
  for (const projectId of Object.keys(world.projects)) {
    for (const entry of whoHasAccess(world, projectId)) {
      const actor = actorOf(world, entry.principalId);
      const at = { kind: 'project', projectId } as const;
      expect(entry.canRead).toBe(decide(world, actor, 'run:read', at).allowed);
      expect(entry.canManage).toBe(decide(world, actor, 'project:manage_users', at).allowed);
    }
  }
}

describe('explanations agree with decisions (property)', () => {
  // Every principal × target × permission per state: a generous timeout for a loaded two-core machine.
  it('every permission of every explanation has decide()’s verdict and chain, ending in its verdict', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 12 }), (ops) => assertConsistent(stateAfter(ops))),
      { numRuns: 20 },
    );
  }, 30_000);
});
