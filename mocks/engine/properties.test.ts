// Properties over random operation sequences: generate ops, keep those check() allows, apply them,
// and assert the invariants of the access model after every step.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainFor } from './access';
import { membershipOf } from './memberships';
import { apply } from './ops/registry';
import { isWrite } from './catalog';
import { effectivePermissions } from './chain';
import { check } from './ops/registry';
import { allows, decide } from './decide';
import { actorOf, orgAdminCount, teamAdminCount } from './lookup';
import type { Actor, Resource, RoleRef, Visibility, World } from './model';
import { ORG_PERMISSIONS, PROJECT_PERMISSIONS } from './permissions';
import type { Operation } from './ops/registry';
import { Table } from './table';
import { acmeWorld, as, deepFreeze, launchManager, withRow } from './test-world';

const USERS = ['ann', 'bea', 'cal', 'dee', 'eve', 'fay', 'gus', 'hal'];
const TEAMS = ['ml-research', 't-new1', 't-new2'];
const PROJECTS = ['vision', 'secret-llm', 'open-demo', 'pub', 'p-new1', 'p-new2'];
const ROLES: RoleRef[] = ['admin', 'member', 'viewer', 'service', 'custom:lm'];
const VIS: Visibility[] = ['open', 'public', 'team', 'restricted'];

const user = fc.constantFrom(...USERS);
const principal = fc.constantFrom(...USERS, 'sa1');
const team = fc.constantFrom(...TEAMS);
const project = fc.constantFrom(...PROJECTS);
const role = fc.constantFrom(...ROLES);

/** Widens one generator to Operation (each must produce a valid Operation). */
const op = <T extends Operation>(a: fc.Arbitrary<T>): fc.Arbitrary<Operation> => a;

const opArb: fc.Arbitrary<Operation> = fc.oneof(
  op(
    fc.record({
      type: fc.constant('member.setOrgRole' as const),
      orgId: fc.constant('acme'),
      userId: user,
      role: fc.constantFrom('admin' as const, 'member' as const, 'viewer' as const),
    }),
  ),
  op(
    fc.record({
      type: fc.constant('member.setSeat' as const),
      orgId: fc.constant('acme'),
      userId: user,
      modelsSeat: fc.constantFrom('full' as const, 'viewer' as const, 'none' as const),
    }),
  ),
  op(fc.record({ type: fc.constant('member.remove' as const), orgId: fc.constant('acme'), userId: user })),
  team.map((id): Operation => ({
    type: 'team.create',
    id,
    orgId: 'acme',
    name: id,
    storage: { kind: 'managed' },
    at: '',
  })),
  team.map((teamId): Operation => ({ type: 'team.delete', teamId })),
  op(
    fc.record({
      type: fc.constant('team.addMember' as const),
      teamId: team,
      principalId: principal,
      role,
      at: fc.constant(''),
    }),
  ),
  op(fc.record({ type: fc.constant('team.setRole' as const), teamId: team, principalId: principal, role })),
  op(fc.record({ type: fc.constant('team.removeMember' as const), teamId: team, principalId: principal })),
  op(
    fc.record({
      type: fc.constant('team.updateSettings' as const),
      teamId: team,
      settings: fc.record({ futureProjectsPrivate: fc.boolean(), membersCanInvite: fc.boolean() }),
    }),
  ),
  fc
    .record({
      id: fc.constantFrom('p-new1', 'p-new2'),
      teamId: team,
      visibility: fc.constantFrom(...VIS),
      ownerId: user,
    })
    .map(({ id, teamId, visibility, ownerId }): Operation => ({
      type: 'project.create',
      project: {
        id,
        teamId,
        name: id,
        description: '',
        ownerId,
        visibility,
        restrictedMembers: [],
        createdAt: '',
        updatedAt: '',
      },
    })),
  op(
    fc.record({
      type: fc.constant('project.update' as const),
      projectId: project,
      visibility: fc.constantFrom(...VIS),
      at: fc.constant(''),
    }),
  ),
  op(
    fc.record({
      type: fc.constant('project.update' as const),
      projectId: project,
      ownerId: user,
      at: fc.constant(''),
    }),
  ),
  op(
    fc.record({
      type: fc.constant('project.addMember' as const),
      projectId: project,
      principalId: principal,
    }),
  ),
  op(
    fc.record({
      type: fc.constant('project.removeMember' as const),
      projectId: project,
      principalId: principal,
    }),
  ),
  op(fc.record({ type: fc.constant('project.join' as const), projectId: project, at: fc.constant('') })),
  op(
    fc.record({
      type: fc.constant('project.setRole' as const),
      projectId: project,
      principalId: principal,
      role,
    }),
  ),
  fc.constant<Operation>({
    type: 'role.create',
    role: launchManager({ added: ['launch:queue_create', 'run:create'] }),
  }),
  fc.constantFrom<Operation>(
    { type: 'role.update', roleId: 'lm', base: 'member', added: ['run:delete'], at: '' },
    { type: 'role.delete', roleId: 'lm' },
  ),
  team.map((teamId): Operation => ({
    type: 'serviceAccount.create',
    account: { id: 'sa1', teamId, name: 'ci', apiKeyLast4: '0000', createdById: 'ann', createdAt: '' },
  })),
  fc.constant<Operation>({ type: 'serviceAccount.delete', serviceAccountId: 'sa1' }),
  op(
    fc.record({
      type: fc.constant('org.setEnforcement' as const),
      orgId: fc.constant('acme'),
      setting: fc.constant('futureProjectsPrivate' as const),
      value: fc.constantFrom(true, null),
    }),
  ),
  op(
    fc.record({
      type: fc.constant('run.move' as const),
      runIds: fc.constantFrom('r-gus', 'r-eve', 'r-secret').map((id) => [id]),
      toProjectId: project,
    }),
  ),
  op(
    fc.record({
      type: fc.constant('run.delete' as const),
      runId: fc.constantFrom('r-gus', 'r-eve', 'r-secret'),
    }),
  ),
);
// Admins act most often, so most generated changes pass check() and the sequences go somewhere.
const actorArb = fc
  .oneof(
    { arbitrary: fc.constant('ann'), weight: 4 },
    { arbitrary: fc.constant('cal'), weight: 3 },
    { arbitrary: user, weight: 3 },
  )
  .map(as);
export const stepArb = fc.tuple(actorArb, opArb);

/** Replays the allowed steps, calling `assert` after each applied one. */
function replay(steps: [Actor, Operation][], assert: (world: World) => void): void {
  let world = acmeWorld();
  for (const [actor, op] of steps) {
    if (!check(world, actor, op).allowed) continue;
    world = apply(world, actor, op);
    assert(world);
  }
}

/** The same world with every table and row a new object (nested tables too): no cache can know it. */
function freshCopy(w: World): World {
  const copy = <T extends object>(t: Table<T>, row: (r: T) => T = (r) => ({ ...r })): Table<T> =>
    Table.of(t.entries().map(([id, r]) => [id, row(r)] as const));
  return {
    orgs: copy(w.orgs, (o) => ({ ...o, enforcements: { ...o.enforcements } })),
    users: copy(w.users, (u) => ({ ...u, orgs: u.orgs.map((m) => ({ ...m })) })),
    invites: copy(w.invites),
    teams: copy(w.teams, (t) => ({ ...t, settings: { ...t.settings }, members: copy(t.members) })),
    serviceAccounts: copy(w.serviceAccounts),
    customRoles: copy(w.customRoles, (r) => ({ ...r, added: [...r.added] })),
    projects: copy(w.projects, (p) => ({
      ...p,
      restrictedMembers: [...p.restrictedMembers],
      roleOverrides: Table.of(p.roleOverrides.entries()),
    })),
    runs: copy(w.runs),
    reports: copy(w.reports),
    artifacts: copy(w.artifacts),
    sweeps: copy(w.sweeps),
  };
}

const principalsOf = (w: World): string[] => [...w.users.keys(), ...w.serviceAccounts.keys()];
const RUNS = { numRuns: 150 };

describe('properties over random operation sequences', () => {
  it('an org Viewer never gains a write permission anywhere', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 25 }), (steps) =>
        replay(steps, (w) => {
          for (const u of w.users.values()) {
            if (membershipOf(u, 'acme')?.orgRole !== 'viewer') continue;
            for (const t of w.teams.values()) {
              expect(
                effectivePermissions(chainFor(w, u.id, { kind: 'team', team: t })).filter(isWrite),
              ).toEqual([]);
            }
            for (const p of w.projects.values()) {
              const t = w.teams.get(p.teamId);
              if (t)
                expect(
                  effectivePermissions(chainFor(w, u.id, { kind: 'project', team: t, project: p })).filter(
                    isWrite,
                  ),
                ).toEqual([]);
            }
          }
        }),
      ),
      RUNS,
    );
  });

  it('Restricted project content is reachable only by its restricted members', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 25 }), (steps) =>
        replay(steps, (w) => {
          for (const p of w.projects.values()) {
            if (p.visibility !== 'restricted') continue;
            for (const id of principalsOf(w)) {
              for (const perm of ['run:read', 'report:read', 'artifact:read', 'run:create'] as const) {
                if (decide(w, actorOf(w, id), perm, { kind: 'project', projectId: p.id }).allowed)
                  expect(p.restrictedMembers).toContain(id);
              }
            }
          }
        }),
      ),
      RUNS,
    );
  });

  it('no sequence leaves the org without an admin or a team with members without a team admin', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 30 }), (steps) =>
        replay(steps, (w) => {
          expect(orgAdminCount(w, 'acme')).toBeGreaterThan(0);
          for (const t of w.teams.values()) {
            if (t.members.keys().length > 0) expect(teamAdminCount(t)).toBeGreaterThan(0);
          }
        }),
      ),
      RUNS,
    );
  });

  it('apply never mutates its input', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 20 }), (steps) => {
        let world = deepFreeze(acmeWorld());
        for (const [actor, op] of steps) {
          if (!check(world, actor, op).allowed) continue;
          const before = JSON.stringify(world);
          const next = apply(world, actor, op); // a frozen input throws on any write
          expect(JSON.stringify(world)).toBe(before);
          world = deepFreeze(next);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('a verdict with the caches of earlier worlds warm is the one a fresh copy of the world gives', () => {
    // allows() keeps what each principal is in each team per world (team-facts.ts). Every question is
    // asked after every step, so the caches of the world before are warm when the next is asked; a copy
    // sharing no table or row with it must give every answer, so no cache can answer for a changed world.
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 20 }), (steps) =>
        replay(steps, (w) => {
          const fresh = freshCopy(w);
          const actors: Actor[] = [...principalsOf(w).map((id) => actorOf(w, id)), { kind: 'anonymous' }];
          const resources: Resource[] = [
            ...w.teams.keys().map((teamId): Resource => ({ kind: 'team', teamId })),
            ...w.projects.keys().map((projectId): Resource => ({ kind: 'project', projectId })),
          ];
          for (const resource of resources)
            for (const actor of actors)
              for (const permission of PROJECT_PERMISSIONS) {
                const warm = allows(w, actor, permission, resource);
                if (warm !== allows(fresh, actor, permission, resource))
                  expect({ actor, permission, resource, allows: warm }).toEqual({
                    actor,
                    permission,
                    resource,
                    allows: !warm,
                  });
              }
        }),
      ),
      { numRuns: 40 },
    );
  });

  it('the verdict without reasons (allows) agrees with decide() on every question', () => {
    const resourcesOf = (w: World): Resource[] => [
      { kind: 'org', orgId: 'acme' },
      { kind: 'org', orgId: 'no-such-org' },
      ...w.teams.keys().map((teamId): Resource => ({ kind: 'team', teamId })),
      ...w.projects.keys().map((projectId): Resource => ({ kind: 'project', projectId })),
      ...w.runs.keys().map((runId): Resource => ({ kind: 'run', runId })),
      ...w.reports.keys().map((reportId): Resource => ({ kind: 'report', reportId })),
      ...w.artifacts.keys().map((artifactId): Resource => ({ kind: 'artifact', artifactId })),
      ...w.sweeps.keys().map((sweepId): Resource => ({ kind: 'sweep', sweepId })),
    ];
    const agreeEverywhere = (w: World) => {
      const actors: Actor[] = [...principalsOf(w).map((id) => actorOf(w, id)), { kind: 'anonymous' }];
      for (const resource of resourcesOf(w))
        for (const actor of actors)
          for (const permission of [...PROJECT_PERMISSIONS, ...ORG_PERMISSIONS]) {
            const full = decide(w, actor, permission, resource).allowed;
            if (allows(w, actor, permission, resource) !== full)
              expect({ actor, permission, resource, allows: !full }).toEqual({
                actor,
                permission,
                resource,
                allows: full,
              });
          }
    };
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 25 }), (steps) => {
        let world = withRow(acmeWorld(), 'sweeps', 'sw-gus', {
          id: 'sw-gus',
          projectId: 'vision',
          name: 'lr',
          method: 'random',
          authorId: 'gus',
          createdAt: '',
        });
        for (const [actor, op] of steps) if (check(world, actor, op).allowed) world = apply(world, actor, op);
        agreeEverywhere(world);
        // The same world outside Enterprise: custom roles act as their base, service accounts stop.
        agreeEverywhere({ ...world, orgs: world.orgs.update('acme', (o) => ({ ...o, plan: 'teams' })) });
      }),
      { numRuns: 40 },
    );
  });
});
