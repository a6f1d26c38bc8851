// 1,000 random operation sequences over the default scenario (random-operations.ts makes them).
// Whatever check() allows is applied, and after every applied step every invariant of the access
// model must hold; a refused step changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apply, check, withMembership, type Org, type World } from '../../engine/index';
import { buildScenario } from './index';
import {
  actorFor,
  BUILDERS,
  RANDOM_OPS_BASE as BASE,
  RANDOM_OPS_ORG as ORG,
  TYPES,
} from './random-operations';
import { findInvariantViolations } from './invariants';
import { allowedChanges } from './long-log';

const stepArb = fc.record({
  type: fc.constantFrom(...TYPES),
  actor: fc.nat(),
  picks: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
});

/**
 * A Dedicated instance beside Acme, whose admin is Acme's admin too: the access contact has an org it
 * applies to, and a person in two orgs acts in both.
 */
function withInstance(world: World): World {
  const org: Org = {
    id: 'org-instance',
    slug: 'acme-instance',
    name: 'Acme Instance',
    deployment: 'dedicated',
    plan: 'enterprise',
    domains: ['acme-instance.com'],
    defaultTeamId: null,
    ssoProvisioning: true,
    billingAdminId: null,
    fullSeatLimit: 10,
    enforcements: {},
    trialEndsAt: null,
    accessContact: null,
    createdAt: BASE,
  };
  const admin = world.users.get('user-achen');
  if (!admin) throw new Error('The default scenario has Ava Chen');
  const both = withMembership(admin, org.id, {
    orgId: org.id,
    orgRole: 'admin',
    modelsSeat: 'full',
    weaveAccess: 'full',
    joinedVia: 'seed',
    joinedAt: BASE,
  });
  return { ...world, orgs: world.orgs.with(org.id, org), users: world.users.with(admin.id, both) };
}

/**
 * Pending requests to join (ADR 0025) from the people the sequences act as most (the org admins) and
 * one Member: approving, declining and withdrawing have something to act on from the first step.
 */
function withJoinRequests(world: World): World {
  const asks: [team: string, user: string][] = [
    ['team-vision', 'user-achen'],
    ['team-infra', 'user-bokafor'],
    ['team-vision', 'user-ralvarez'],
  ];
  let teams = world.teams;
  for (const [teamId, userId] of asks) {
    const team = teams.get(teamId);
    if (!team) throw new Error(`The default scenario has ${teamId}`);
    teams = teams.with(teamId, {
      ...team,
      joinRequests: [...(team.joinRequests ?? []), { userId, at: BASE }],
    });
  }
  return { ...world, teams };
}

/** Every org admin holds an API key: a revoke needs one, and only its holder may (admins act most). */
function withApiKeys(world: World): World {
  let users = world.users;
  for (const user of world.users.values())
    if (user.orgs.some((m) => m.orgRole === 'admin'))
      users = users.with(user.id, {
        ...user,
        apiKeys: [
          { id: 'key-seeded', name: 'laptop', hash: 'cd'.repeat(32), last4: 'cdcd', createdAt: BASE },
        ],
      });
  return { ...world, users };
}

describe('random operation sequences over the default scenario', () => {
  const seed = withApiKeys(withJoinRequests(withInstance(buildScenario('default', BASE).world)));
  // Half the runs start with SSO provisioning on, so first SSO sign-ins happen too.
  const withSso = apply(
    seed,
    { kind: 'user', userId: 'user-achen' },
    { type: 'org.setSsoProvisioning', orgId: ORG, enabled: true },
  );

  it('keeps every invariant after each step of 2,000 sequences of 10 to 30 steps', () => {
    const applied = new Map<string, number>();
    fc.assert(
      fc.property(fc.boolean(), fc.array(stepArb, { minLength: 10, maxLength: 30 }), (sso, steps) => {
        let world = sso ? withSso : seed;
        for (const step of steps) {
          const actor = actorFor(world, step.actor);
          const op = BUILDERS[step.type](world, step.picks);
          const verdict = check(world, actor, op);
          if (!verdict.allowed) {
            expect(verdict.reasons.length, `${op.type} refused without a reason`).toBeGreaterThan(0);
            continue;
          }
          world = apply(world, actor, op);
          applied.set(op.type, (applied.get(op.type) ?? 0) + 1);
          expect(findInvariantViolations(world), `${JSON.stringify(actor)} ${JSON.stringify(op)}`).toEqual(
            [],
          );
        }
      }),
      { numRuns: 2000, seed: 7 },
    );
    // The sequences must go somewhere: thousands of changes applied, and every kind of change at least
    // a few times (a kind never allowed would test nothing).
    expect([...applied.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(8000);
    // Except a shared server's first setup, allowed on an empty world only (ops/arrivals' own test).
    expect(TYPES.filter((t) => t !== 'instance.setup' && (applied.get(t) ?? 0) < 3)).toEqual([]);
  }, 300_000);
});

describe('long random sequences over the default scenario (the long audit log generator)', () => {
  // Short sequences rarely reach what takes many steps: a team's only person removed from the org,
  // then a service account created in the emptied team (ADR 0015), seen first around change 900.
  it('keeps every invariant after each of 1,500 changes, for three seeds', () => {
    for (const seed of [1, 2, 6]) {
      let n = 0;
      for (const { actor, op, world } of allowedChanges(buildScenario('default', BASE).world, seed)) {
        expect(
          findInvariantViolations(world),
          `seed ${seed}, change ${n + 1}: ${JSON.stringify(actor)} ${JSON.stringify(op)}`,
        ).toEqual([]);
        if (++n === 1500) break;
      }
    }
  }, 300_000);
});
