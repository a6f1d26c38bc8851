// Property (issues 7, 15): over random states, every explanation (effectiveAccess) agrees with decide():
// the same verdict and reasons per permission, in §9 order, ending in its verdict (one allow, or every
// refusal at its step), and no refusal hides in an allowed chain. whoHasAccess' flags agree with decide() too.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainFor, chainRoleLabel, effectiveAccess, scopeOf } from './access';
import { apply } from './ops/registry';
import { check } from './ops/registry';
import { effectivePermissions } from './chain';
import { decide } from './decide';
import { impact } from './impact';
import { actorOf } from './lookup';
import type { RoleRef, World } from './model';
import type { Operation } from './ops/registry';
import { acmeWorld, as, launchManager, outOfOrder } from './test-world';
import type { Decision, Reason } from './decision';
import { whoHasAccess } from './who-has-access';

const USERS = ['ann', 'bea', 'cal', 'dee', 'eve', 'fay', 'gus', 'hal', 'olga'];
const PROJECTS = ['vision', 'secret-llm', 'open-demo', 'pub'];
const user = fc.constantFrom(...USERS);
const project = fc.constantFrom(...PROJECTS);
const role = fc.constantFrom<RoleRef>('admin', 'member', 'viewer', 'custom:lm');

const opArb: fc.Arbitrary<Operation> = fc.oneof(
  fc
    .record({ userId: user, role: fc.constantFrom('admin' as const, 'member' as const, 'viewer' as const) })
    .map((o): Operation => ({ type: 'member.setOrgRole', orgId: 'acme', ...o })),
  fc
    .record({
      userId: user,
      modelsSeat: fc.constantFrom('full' as const, 'viewer' as const, 'none' as const),
    })
    .map((o): Operation => ({ type: 'member.setSeat', orgId: 'acme', ...o })),
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
    role: launchManager({ added: ['launch:queue_manage', 'run:create'] }),
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

const keyOf = (r: Reason): string => `${r.step}|${r.effect}|${r.text}`;

/**
 * What is wrong with one permission's chain against the role's source, or null. The chain reads in §9
 * order (ADR 0024); its notes are the source's, in order, where a step may trade its note for its cap's
 * denial but never drop it or add another; the verdict closes it: one allow after the whole source, or
 * a refusal, or the granting step's note that it would allow what an earlier step refused.
 */
function chainProblem(decision: Decision, source: readonly Reason[]): string | null {
  const order = outOfOrder(decision.reasons);
  if (order) return order;
  const verdict = decision.reasons.at(-1);
  const walked = decision.reasons.slice(0, -1);
  const notes = walked.filter((r) => r.effect === 'note').map(keyOf);
  const sourceKeys = source.map(keyOf);
  let i = 0;
  for (const k of sourceKeys) if (notes[i] === k) i++;
  if (i !== notes.length) return `a note not in the source: ${notes[i]}`;
  const kept = new Set(notes);
  for (const missing of source)
    if (!kept.has(keyOf(missing)) && !walked.some((r) => r.step === missing.step && r.effect === 'deny'))
      return `the ${missing.step} step is missing, not replaced by its denial`;
  if (walked.some((r) => r.effect === 'allow')) return 'an allow before the verdict';
  if (decision.allowed) {
    if (verdict?.effect !== 'allow') return 'an allowed chain that does not end in its allow';
    if (notes.length !== sourceKeys.length) return 'an allowed chain missing a step of the source';
    if (walked.some((r) => r.effect === 'deny')) return 'a denial in an allowed chain';
  } else if (verdict?.effect === 'note') {
    if (verdict.step !== 'role' && verdict.step !== 'visibility')
      return 'a refused chain ending in a note that is not the granting step';
    if (!walked.some((r) => r.effect === 'deny')) return 'a refused chain with no denial';
  } else if (verdict?.effect !== 'deny') return 'a refused chain not ending in a refusal';
  return null;
}

function assertConsistent(world: World): void {
  const targets = [
    ...world.teams.keys().map((teamId) => ({ kind: 'team' as const, teamId })),
    ...world.projects.keys().map((projectId) => ({ kind: 'project' as const, projectId })),
  ];
  for (const id of [...world.users.keys(), ...world.serviceAccounts.keys()]) {
    for (const target of targets) {
      const explained = effectiveAccess(world, id, target);
      // The steps' notes: the role's source, shared by every permission (without the stop, if any).
      const source =
        explained.roleLabel === 'No access' ? explained.roleSource.slice(0, -1) : explained.roleSource;
      for (const { permission, decision } of explained.permissions) {
        const decided = decide(world, actorOf(world, id), permission, target);
        // Plain data built by the same code: equal JSON is deep equality; expect() (slow, ~10⁵ times
        // a run) only shows the difference when there is one.
        if (JSON.stringify(decision) !== JSON.stringify(decided)) expect(decision).toEqual(decided);
        const problem = chainProblem(decision, source);
        if (problem !== null) expect(problem, `${id} ${permission}`).toBeNull();
      }
    }
  }
  for (const projectId of world.projects.keys()) {
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

/** Every team and project where `userId`'s role or permissions differ between two worlds, by brute force. */
function changedTargets(before: World, after: World, userId: string): string[] {
  const side = (w: World, target: Parameters<typeof scopeOf>[1]) => {
    const scope = scopeOf(w, target);
    if (!scope || !w.users.get(userId)) return 'none';
    const chain = chainFor(w, userId, scope);
    return `${chain.stop ? '' : chainRoleLabel(w, chain)}|${effectivePermissions(chain).sort().join(',')}`;
  };
  const targets = [
    ...before.teams.keys().map((teamId) => ({ kind: 'team' as const, teamId })),
    ...before.projects.keys().map((projectId) => ({ kind: 'project' as const, projectId })),
  ];
  return targets
    .filter((t) => side(before, t) !== side(after, t))
    .map((t) => (t.kind === 'team' ? `team:${t.teamId}` : `project:${t.projectId}`))
    .sort();
}

describe('impact() of an org role, seat or removal names every place that changes (property)', () => {
  it('equals a brute-force comparison of every team and project, for every person', () => {
    const memberOps = (userId: string): Operation[] => [
      { type: 'member.setOrgRole', orgId: 'acme', userId, role: 'admin' },
      { type: 'member.setOrgRole', orgId: 'acme', userId, role: 'member' },
      { type: 'member.setOrgRole', orgId: 'acme', userId, role: 'viewer' },
      { type: 'member.setSeat', orgId: 'acme', userId, modelsSeat: 'full' },
      { type: 'member.setSeat', orgId: 'acme', userId, modelsSeat: 'viewer' },
      { type: 'member.setSeat', orgId: 'acme', userId, modelsSeat: 'none' },
      { type: 'member.remove', orgId: 'acme', userId },
    ];
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 12 }), (ops) => {
        const world = stateAfter(ops);
        for (const userId of USERS) {
          for (const op of memberOps(userId)) {
            if (!check(world, as('ann'), op).allowed) continue;
            const named = impact(world, as('ann'), op)
              .entries.filter((e) => e.principalId === userId)
              .map((e) => `${e.target.kind}:${e.target.id}`)
              .sort();
            expect(named).toEqual(changedTargets(world, apply(world, as('ann'), op), userId));
          }
        }
      }),
      { numRuns: 15 },
    );
  }, 30_000);
});
