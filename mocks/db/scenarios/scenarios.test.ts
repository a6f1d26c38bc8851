import { describe, expect, it } from 'vitest';
import { asMember, fullSeatsInUse, memberOf, type Visibility, type World } from '../../engine/index';
import { buildScenario, SCENARIOS, type ScenarioName } from './index';
import { findSeedViolations } from './invariants';

const BASE = '2026-11-01T12:00:00.000Z';
const built = new Map<ScenarioName, ReturnType<typeof buildScenario>>();
const get = (name: ScenarioName) => {
  const cached = built.get(name) ?? buildScenario(name, BASE);
  built.set(name, cached);
  return cached;
};
const count = (table: { size: number }): number => table.size;
const homeUsers = (world: World, orgId: string) =>
  world.users.values().flatMap((u) => asMember(u, orgId) ?? []);

describe.each(SCENARIOS.map((s) => s.name))('scenario %s', (name) => {
  it('respects every access-model invariant', () => {
    expect(findSeedViolations(get(name).world)).toEqual([]);
  });

  it('acts as an org admin of the home org by default', () => {
    const { world, homeOrgId, defaultActorId } = get(name);
    expect(memberOf(world, defaultActorId, homeOrgId)?.orgRole).toBe('admin');
  });

  it('is deterministic for the same arguments', () => {
    if (name === 'large' || name === 'huge') return; // large: covered below; huge is large's recipe at 5×
    expect(buildScenario(name, BASE)).toEqual(buildScenario(name, BASE));
  });

  it('derives every time from baseTime', () => {
    if (name === 'large' || name === 'huge') return;
    const later = buildScenario(name, '2027-01-01T00:00:00.000Z');
    const base = get(name);
    expect(count(later.world.users)).toBe(count(base.world.users));
    const times = JSON.stringify(later.world).match(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/g) ?? [];
    expect(times.some((t) => t.startsWith('2026-12'))).toBe(true);
  });
});

describe('default scenario', () => {
  const { world, homeOrgId } = get('default');
  const acme = homeUsers(world, homeOrgId);

  it('has about 30 people across every org role and seat', () => {
    expect(acme.length).toBe(30);
    expect(acme.filter((u) => u.orgRole === 'admin').length).toBeGreaterThanOrEqual(2);
    expect(acme.filter((u) => u.orgRole === 'viewer').length).toBeGreaterThanOrEqual(3);
    expect(new Set(acme.map((u) => u.modelsSeat))).toEqual(new Set(['full', 'viewer', 'none']));
    expect(acme.some((u) => u.lastActiveAt === null)).toBe(true);
    expect(new Set(acme.map((u) => u.joinedVia)).size).toBeGreaterThanOrEqual(3);
  });

  it('leaves a few Full seats free (pending invites count)', () => {
    const free = (world.orgs.get(homeOrgId)?.fullSeatLimit ?? 0) - fullSeatsInUse(world, homeOrgId);
    expect(free).toBeGreaterThan(0);
    expect(free).toBeLessThanOrEqual(5);
  });

  it('has 5 teams with every privacy setting and team role shown', () => {
    const teams = world.teams.values().filter((t) => t.orgId === homeOrgId);
    expect(teams.length).toBe(5);
    for (const key of [
      'hidden',
      'futureProjectsPrivate',
      'membersCanInvite',
      'autoAddNewUsers',
      'recommendForDomainSignups',
    ] as const) {
      expect(teams.some((t) => t.settings[key])).toBe(true);
    }
    const roles = new Set(
      teams.flatMap((t) => t.members.values().map((m) => (m.role.startsWith('custom:') ? 'custom' : m.role))),
    );
    expect(roles).toEqual(new Set(['admin', 'member', 'viewer', 'service', 'custom']));
  });

  it('has about 20 projects in all four scopes, with overrides', () => {
    const projects = world.projects.values().filter((p) => world.teams.get(p.teamId)?.orgId === homeOrgId);
    expect(projects.length).toBe(20);
    expect(new Set(projects.map((p) => p.visibility))).toEqual(
      new Set<Visibility>(['open', 'public', 'team', 'restricted']),
    );
    expect(projects.some((p) => count(p.roleOverrides) > 0)).toBe(true);
  });

  it('keeps work and a project of a removed user', () => {
    const marcus = world.users.get('user-mbecker');
    expect(marcus?.orgs).toEqual([]);
    expect(world.artifacts.values().some((a) => a.authorId === 'user-mbecker')).toBe(true);
    expect(world.projects.get('project-infra-data-pipeline')?.ownerId).toBe('user-mbecker');
  });

  it('has custom roles, invites (one expired, one with teams), service accounts and outsiders', () => {
    const roles = world.customRoles.values().map((r) => r.name);
    expect(roles).toEqual(expect.arrayContaining(['Launch Manager', 'Artifact Curator']));
    const invites = world.invites.values().filter((i) => i.status === 'pending');
    expect(invites.some((i) => i.expiresAt < BASE)).toBe(true);
    expect(invites.some((i) => i.teams.length > 0 && i.expiresAt >= BASE)).toBe(true);
    expect(count(world.serviceAccounts)).toBeGreaterThanOrEqual(2);
    expect(count(world.orgs)).toBeGreaterThanOrEqual(2);
    expect(world.users.values().some((u) => u.orgs.length === 0 && u.id !== 'user-mbecker')).toBe(true);
  });
});

describe('startup scenario', () => {
  it('uses no Enterprise features', () => {
    const { world, homeOrgId } = get('startup');
    expect(world.orgs.get(homeOrgId)?.plan).toBe('teams');
    expect(homeUsers(world, homeOrgId).length).toBe(8);
    expect(count(world.teams)).toBe(2);
    expect(count(world.customRoles)).toBe(0);
    expect(count(world.serviceAccounts)).toBe(0);
    expect(homeUsers(world, homeOrgId).some((u) => u.orgRole === 'viewer')).toBe(false);
  });
});

describe('dedicated scenario', () => {
  it('is Enterprise on Dedicated Cloud with SSO provisioning, its domain captured for SaaS sign-ups', () => {
    const { world, homeOrgId } = get('dedicated');
    const org = world.orgs.get(homeOrgId);
    expect(org).toMatchObject({
      deployment: 'dedicated',
      plan: 'enterprise',
      ssoProvisioning: true,
      domains: ['northwind-health.org'],
      accessContact: null,
    });
    expect(homeUsers(world, homeOrgId).length).toBe(15);
    expect(count(world.teams)).toBe(3);
  });
});

describe('self-managed scenario', () => {
  const { world, homeOrgId } = get('self-managed');
  const people = homeUsers(world, homeOrgId);

  it('is Enterprise on W&B Server with SSO provisioning on, its domain captured for SaaS sign-ups', () => {
    expect(world.orgs.get(homeOrgId)).toMatchObject({
      deployment: 'self-managed',
      plan: 'enterprise',
      ssoProvisioning: true,
      domains: ['vandelay-robotics.com'],
      defaultTeamId: null,
    });
    expect(count(world.orgs)).toBe(1);
    expect(people.some((u) => u.joinedVia === 'sso')).toBe(true);
    expect(people.some((u) => u.joinedVia === 'added')).toBe(true);
  });

  it('has a handful of people holding every org role and Models seat', () => {
    expect(people.length).toBe(10);
    expect(new Set(people.map((u) => u.orgRole))).toEqual(new Set(['admin', 'member', 'viewer']));
    expect(new Set(people.map((u) => u.modelsSeat))).toEqual(new Set(['full', 'viewer', 'none']));
    expect(people.filter((u) => u.orgRole === 'admin').length).toBe(2);
  });

  it('has 3 teams with projects in every visibility, and nothing that is SaaS only', () => {
    const teams = world.teams.values();
    expect(teams.length).toBe(3);
    expect(teams.some((t) => t.settings.recommendForDomainSignups)).toBe(false);
    expect(new Set(world.projects.values().map((p) => p.visibility))).toEqual(
      new Set<Visibility>(['open', 'public', 'team', 'restricted']),
    );
    expect(count(world.serviceAccounts)).toBeGreaterThanOrEqual(1);
  });
});

describe('large scenario', () => {
  // How fast it builds is measured in bench/ (npm run bench), never asserted in a test that can flake.
  it('has exactly 10,000 users, 200 teams and 5,000 projects, built deterministically', () => {
    const first = buildScenario('large', BASE);
    expect(count(first.world.users)).toBe(10_000);
    expect(count(first.world.teams)).toBe(200);
    expect(count(first.world.projects)).toBe(5_000);
    expect(buildScenario('large', BASE)).toEqual(first);
  });
});

describe('huge scenario', () => {
  it("is the large recipe at 5×: 50,000 users, 1,000 teams, 25,000 projects, large's teams first", () => {
    const { world } = get('huge');
    expect(count(world.users)).toBe(50_000);
    expect(count(world.teams)).toBe(1_000);
    expect(count(world.projects)).toBe(25_000);
    expect(
      world.teams
        .values()
        .slice(0, 200)
        .map((t) => t.name),
    ).toEqual(
      get('large')
        .world.teams.values()
        .map((t) => t.name),
    );
  });
});
