// Test-only: a tiny builder for small worlds, so each engine test states exactly the facts it needs.
import type {
  Actor,
  Org,
  Project,
  RoleRef,
  TableName,
  Team,
  TeamSettings,
  User,
  World,
  WorldRows,
} from './model';
import { DEFAULT_TEAM_SETTINGS } from './ops/teams/settings';
import type { Permission } from './permissions';
import type { BaseRole } from './model';
import { Table } from './table';
import { WorldMaps } from './world-maps';

export const T0 = '2025-01-01T00:00:00.000Z';

const titleCase = (id: string): string => id.charAt(0).toUpperCase() + id.slice(1);

export class WorldBuilder {
  private readonly maps = new WorldMaps();
  private currentOrg = 'acme';

  constructor(org: Partial<Org> = {}) {
    this.org('acme', org);
  }

  org(id: string, o: Partial<Org> = {}): this {
    this.maps.put('orgs', id, {
      id,
      slug: id,
      name: titleCase(id),
      deployment: 'saas',
      plan: 'enterprise',
      domains: [],
      defaultTeamId: null,
      ssoProvisioning: false,
      billingAdminId: null,
      fullSeatLimit: 100,
      enforcements: {},
      createdAt: T0,
      ...o,
    });
    this.currentOrg = id;
    return this;
  }

  /** Users are named after their id: `bea` → "Bea", bea@<org>.com. */
  user(id: string, u: Partial<User> = {}): this {
    const orgRole = u.orgRole ?? 'member';
    this.maps.put('users', id, {
      id,
      username: id,
      name: titleCase(id),
      email: `${id}@${this.currentOrg}.com`,
      orgId: this.currentOrg,
      orgRole,
      modelsSeat: orgRole === 'viewer' ? 'viewer' : 'full',
      weaveAccess: orgRole === 'viewer' ? 'viewer' : 'full',
      joinedVia: 'seed',
      joinedAt: T0,
      lastActiveAt: null,
      ...u,
    });
    return this;
  }

  team(
    name: string,
    members: Record<string, RoleRef>,
    settings: Partial<TeamSettings> = {},
    t: Partial<Team> = {},
  ): this {
    this.maps.put('teams', name, {
      id: name,
      orgId: this.currentOrg,
      name,
      storage: { kind: 'managed' },
      settings: { ...DEFAULT_TEAM_SETTINGS, ...settings },
      members: Table.of(Object.entries(members).map(([id, role]) => [id, { role, joinedAt: T0 }])),
      createdAt: T0,
      ...t,
    });
    return this;
  }

  serviceAccount(id: string, teamId: string, role: RoleRef = 'member'): this {
    this.maps.put('serviceAccounts', id, {
      id,
      teamId,
      name: id,
      apiKeyLast4: 'abcd',
      createdById: 'x',
      createdAt: T0,
    });
    const team = this.maps.row('teams', teamId);
    if (team)
      this.maps.put('teams', teamId, { ...team, members: team.members.with(id, { role, joinedAt: T0 }) });
    return this;
  }

  project(
    name: string,
    teamId: string,
    p: Partial<Omit<Project, 'roleOverrides'>> & { roleOverrides?: Record<string, RoleRef> } = {},
  ): this {
    this.maps.put('projects', name, {
      id: name,
      teamId,
      name,
      description: '',
      ownerId: p.ownerId ?? '',
      visibility: 'team',
      restrictedMembers: [],
      createdAt: T0,
      updatedAt: T0,
      ...p,
      roleOverrides: Table.fromRecord(p.roleOverrides ?? {}),
    });
    return this;
  }

  run(id: string, projectId: string, authorId: string): this {
    this.maps.put('runs', id, { id, projectId, name: id, authorId, state: 'running', createdAt: T0 });
    return this;
  }

  report(id: string, projectId: string, authorId: string): this {
    this.maps.put('reports', id, { id, projectId, title: id, authorId, createdAt: T0 });
    return this;
  }

  artifact(id: string, projectId: string, authorId: string): this {
    this.maps.put('artifacts', id, { id, projectId, name: id, authorId, createdAt: T0 });
    return this;
  }

  customRole(id: string, base: BaseRole, added: Permission[], name = titleCase(id)): this {
    this.maps.put('customRoles', id, {
      id,
      orgId: this.currentOrg,
      name,
      description: '',
      base,
      added,
      createdAt: T0,
      updatedAt: T0,
    });
    return this;
  }

  build(): World {
    return this.maps.build();
  }
}

type Row<K extends TableName> = WorldRows[K];

/** Test-only: the world with one row put in (tests state their variation of a shared world). */
export function withRow<K extends TableName>(world: World, key: K, id: string, row: Row<K>): World {
  return { ...world, [key]: (world[key] as Table<Row<K>>).with(id, row) };
}

/** Test-only: the world with one row changed (the row must exist). */
export function editRow<K extends TableName>(
  world: World,
  key: K,
  id: string,
  change: (row: Row<K>) => Row<K>,
): World {
  const row = (world[key] as Table<Row<K>>).get(id);
  if (row === undefined) throw new Error(`no ${key} ${id}`);
  return withRow(world, key, id, change(row));
}

/** Test-only: a team membership put in (added or its role replaced). */
export const withMember = (world: World, teamId: string, principalId: string, role: RoleRef): World =>
  editRow(world, 'teams', teamId, (t) => ({
    ...t,
    members: t.members.with(principalId, { role, joinedAt: T0 }),
  }));

/** Test-only: a project role override put in. */
export const withOverride = (world: World, projectId: string, principalId: string, role: RoleRef): World =>
  editRow(world, 'projects', projectId, (p) => ({
    ...p,
    roleOverrides: p.roleOverrides.with(principalId, role),
  }));

export const as = (userId: string): Actor => ({ kind: 'user', userId });
export const asService = (serviceAccountId: string): Actor => ({ kind: 'service', serviceAccountId });
export const anonymous: Actor = { kind: 'anonymous' };

/** Deep-freeze a world so any mutation by the engine throws in tests. */
export function deepFreeze<T>(value: T): T {
  if (value instanceof Table) {
    for (const row of value.values()) deepFreeze(row);
    return value;
  }
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

/**
 * The shared small world: org acme (Enterprise, SaaS) with team ml-research, and org globex outside it.
 * ann: org admin, not in the team · cal: team Admin · gus, eve, fay: team Members (eve: Viewer seat,
 * fay: no seat) · bea: View-Only · dee: org Viewer (View-Only) · olga: in globex.
 * Projects: vision (Team, owner gus), secret-llm (Restricted: cal, gus), open-demo (Open), pub (Public).
 */
export function acmeWorld(org: Partial<Org> = {}): World {
  return new WorldBuilder(org)
    .user('ann', { orgRole: 'admin' })
    .user('bea')
    .user('cal')
    .user('dee', { orgRole: 'viewer' })
    .user('eve', { modelsSeat: 'viewer' })
    .user('fay', { modelsSeat: 'none' })
    .user('gus')
    .user('hal')
    .team('ml-research', {
      cal: 'admin',
      bea: 'viewer',
      dee: 'viewer',
      eve: 'member',
      fay: 'member',
      gus: 'member',
    })
    .project('vision', 'ml-research', { ownerId: 'gus' })
    .project('secret-llm', 'ml-research', {
      ownerId: 'cal',
      visibility: 'restricted',
      restrictedMembers: ['cal', 'gus'],
    })
    .project('open-demo', 'ml-research', { ownerId: 'gus', visibility: 'open' })
    .project('pub', 'ml-research', { ownerId: 'gus', visibility: 'public' })
    .run('r-gus', 'vision', 'gus')
    .run('r-eve', 'vision', 'eve')
    .run('r-secret', 'secret-llm', 'cal')
    .report('rep-gus', 'vision', 'gus')
    .artifact('art-gus', 'vision', 'gus')
    .org('globex')
    .user('olga', { orgRole: 'admin' })
    .build();
}
