// Roles → permissions: the built-in table of §8, custom roles (§7) and org roles (§2).
import type { BuiltinTeamRole, CustomRole, OrgRole, RoleRef, World } from './model';
import {
  MEMBER_WRITES,
  ORG_PERMISSIONS,
  PROJECT_PERMISSIONS,
  READS,
  VIEWER_GRANTS,
  type OrgPermission,
  type TeamPermission,
} from './permissions';
import { bitsOf, type PermissionBits } from './permission-bits';

/** §8, column by column. */
export const BUILTIN_GRANTS: Readonly<Record<BuiltinTeamRole, readonly TeamPermission[]>> = {
  viewer: VIEWER_GRANTS,
  member: [...VIEWER_GRANTS, ...MEMBER_WRITES],
  admin: PROJECT_PERMISSIONS,
  service: [...READS, 'run:create', 'artifact:create'],
};

const BUILTIN_SETS: Record<BuiltinTeamRole, ReadonlySet<TeamPermission>> = {
  viewer: new Set(BUILTIN_GRANTS.viewer),
  member: new Set(BUILTIN_GRANTS.member),
  admin: new Set(BUILTIN_GRANTS.admin),
  service: new Set(BUILTIN_GRANTS.service),
};

// The engine's words for roles, in W&B's wording ("Admin", "Member", "Viewer"): every reason that names a
// role reads them from here. The UI's table (src/api/role-labels.ts) says the same words; the engine does
// not import src/, so tests/api/role-labels.test.ts checks that the two agree.
export const BUILTIN_ROLE_LABELS: Readonly<Record<BuiltinTeamRole, string>> = {
  admin: 'Admin',
  member: 'Member',
  viewer: 'View-Only',
  service: 'Service',
};
export const ORG_ROLE_LABELS: Readonly<Record<OrgRole, string>> = {
  admin: 'Admin',
  member: 'Member',
  viewer: 'Viewer',
};
/** "org Admin", as the reasons say it ("Only org Admins can …", "the last org Admin of …"). */
export const ORG_ADMIN = `org ${ORG_ROLE_LABELS.admin}`;
/** Names a custom role may not take (case-insensitive), §7. */
export const RESERVED_ROLE_NAMES: readonly string[] = [
  'admin',
  'administrator',
  'member',
  'view-only',
  'viewer',
  'service',
];

/** §2: admin everything; member and viewer see the org and its user list. */
export const ORG_ROLE_GRANTS: Readonly<Record<OrgRole, readonly OrgPermission[]>> = {
  admin: [...ORG_PERMISSIONS],
  member: ['organization:read', 'organization:list_users'],
  viewer: ['organization:read', 'organization:list_users'],
};

const BUILTIN_ROLES: ReadonlySet<string> = new Set<BuiltinTeamRole>(['admin', 'member', 'viewer', 'service']);
export function isBuiltinRole(role: string): role is BuiltinTeamRole {
  return BUILTIN_ROLES.has(role);
}
export function isCustomRef(role: RoleRef): role is `custom:${string}` {
  return role.startsWith('custom:');
}
/** A stored or requested role of the right shape: built-in, or `custom:<id>` (existence aside). */
export function isRoleRef(role: string): role is RoleRef {
  return isBuiltinRole(role) || /^custom:[\w-]{1,64}$/.test(role);
}
export function customRoleId(role: `custom:${string}`): string {
  return role.slice('custom:'.length);
}
export function customRoleOf(world: World, role: RoleRef): CustomRole | undefined {
  return isCustomRef(role) ? world.customRoles.get(customRoleId(role)) : undefined;
}

/** "Admin", "Member", "View-Only", "Service", or the custom role's name. */
export function roleLabel(world: World, role: RoleRef): string {
  if (isBuiltinRole(role)) return BUILTIN_ROLE_LABELS[role];
  return customRoleOf(world, role)?.name ?? 'Deleted role';
}

export function builtinPermissions(role: BuiltinTeamRole): ReadonlySet<TeamPermission> {
  return BUILTIN_SETS[role];
}

/** A role's permissions twice: as a Set, in catalog order, for words; as bits for verdicts. */
export interface RoleGrants {
  set: ReadonlySet<TeamPermission>;
  bits: PermissionBits;
}

const grantsOf = (set: ReadonlySet<TeamPermission>): RoleGrants => ({ set, bits: bitsOf(set) });
// A Map, not a record: a stored role is a string, and `constructor` must not find Object's.
const BUILTIN_ROLE_GRANTS: ReadonlyMap<string, RoleGrants> = new Map(
  Object.entries(BUILTIN_SETS).map(([role, set]) => [role, grantsOf(set)]),
);
// Rows are immutable (an edit replaces the row), so a custom role's grants are computed once per row,
// and a changed role is a new row: nothing to invalidate.
const CUSTOM_GRANTS = new WeakMap<CustomRole, RoleGrants>();
const NONE: RoleGrants = grantsOf(new Set());

/** Custom role = base + added. A dangling custom ref grants nothing. */
export function roleGrantsOf(world: World, role: RoleRef): RoleGrants {
  const builtin = BUILTIN_ROLE_GRANTS.get(role);
  if (builtin !== undefined) return builtin;
  const custom = customRoleOf(world, role);
  if (!custom) return NONE;
  let grants = CUSTOM_GRANTS.get(custom);
  if (!grants) {
    const built = new Set<TeamPermission>(BUILTIN_SETS[custom.base]);
    for (const p of custom.added) if (isTeamPermission(p)) built.add(p);
    CUSTOM_GRANTS.set(custom, (grants = grantsOf(built)));
  }
  return grants;
}

export function permissionsOfRole(world: World, role: RoleRef): ReadonlySet<TeamPermission> {
  return roleGrantsOf(world, role).set;
}

const TEAM_PERMISSION_SET: ReadonlySet<string> = new Set(PROJECT_PERMISSIONS);
export function isTeamPermission(p: string): p is TeamPermission {
  return TEAM_PERMISSION_SET.has(p);
}
