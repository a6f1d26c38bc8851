// Test-only: the shared small world (acmeWorld) and helpers that state a variation of it. Worlds are
// built with the one WorldBuilder (world-builder.ts), as the seed scenarios are.
import { patchMembership } from './memberships';
import type {
  Actor,
  CustomRole,
  Org,
  OrgMembership,
  RoleRef,
  TableName,
  TeamSettings,
  World,
  WorldRows,
} from './model';
import { REASON_STEP_ORDER, type Reason } from './decision';
import { Table } from './table';
import { T0, WorldBuilder } from './world-builder';

type Row<K extends TableName> = WorldRows[K];

/** Test-only: the world with one row put in (tests state their variation of a shared world). */
export function withRow<K extends TableName>(world: World, key: K, id: string, row: Row<K>): World {
  return { ...world, [key]: (world[key] as Table<Row<K>>).with(id, row) };
}

/** Test-only: one person's membership of one org changed (their role or seats there). */
export function editMembership(
  world: World,
  userId: string,
  orgId: string,
  patch: Partial<Omit<OrgMembership, 'orgId'>>,
): World {
  return editRow(world, 'users', userId, (row) => patchMembership(row, orgId, patch));
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

/** Test-only: a team's settings changed. */
export const withTeamSettings = (world: World, teamId: string, settings: Partial<TeamSettings>): World =>
  editRow(world, 'teams', teamId, (t) => ({ ...t, settings: { ...t.settings, ...settings } }));

/** Test-only: service account `bot` of ml-research, made by cal; not in the team until a test adds it. */
export const withBot = (world: World, name = 'bot'): World =>
  withRow(world, 'serviceAccounts', 'bot', {
    id: 'bot',
    teamId: 'ml-research',
    name,
    apiKeyLast4: '1234',
    createdById: 'cal',
    createdAt: '',
  });

/** Test-only: the custom role `lm` of acme, "Launch Manager" (base View-Only), as created. */
export const launchManager = (r: Partial<CustomRole> = {}): CustomRole => ({
  id: 'lm',
  orgId: 'acme',
  name: 'Launch Manager',
  description: '',
  base: 'viewer',
  added: ['launch:queue_create', 'launch:queue_manage', 'launch:job_submit'],
  createdAt: '',
  updatedAt: '',
  ...r,
});

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
  return new WorldBuilder()
    .org('acme', org)
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

/** Test-only: the first pair of reasons out of §9 order ("team before org-role"), or null. */
export function outOfOrder(reasons: readonly Reason[]): string | null {
  for (let i = 1; i < reasons.length; i++) {
    const [a, b] = [reasons[i - 1], reasons[i]];
    if (a && b && REASON_STEP_ORDER.indexOf(a.step) > REASON_STEP_ORDER.indexOf(b.step))
      return `${a.step} before ${b.step}: ${a.text} → ${b.text}`;
  }
  return null;
}
