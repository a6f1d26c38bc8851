// check() for custom roles (§7): org admins on Enterprise; unique names; base + added, never inherited ones.
import { first, thenCheck } from './check-helpers';
import type { Decision } from './decision';
import { decide } from './decide';
import type { Actor, BaseRole, CustomRole, World } from './model';
import type { Operation } from './operations';
import type { Permission } from './permissions';
import { conflict, invalid, notFound } from './reason';
import { BUILTIN_ROLE_LABELS, RESERVED_ROLE_NAMES, builtinPermissions, isTeamPermission } from './roles';

type Op<T extends Operation['type']> = Extract<Operation, { type: T }>;
type RoleOp = Op<'role.create' | 'role.update' | 'role.delete'>;

function nameRules(world: World, orgId: string, name: string, selfId: string): Decision | null {
  const n = name.trim().toLowerCase();
  if (n === '' || name.length > 64) return invalid('name', 'Enter a name of 1 to 64 characters');
  if (RESERVED_ROLE_NAMES.includes(n)) return conflict(`${name.trim()} is the name of a built-in role`);
  const dup = world.customRoles
    .values()
    .some((r) => r.orgId === orgId && r.id !== selfId && r.name.trim().toLowerCase() === n);
  return dup ? conflict(`A role named ${name.trim()} already exists`) : null;
}

function addedRules(base: BaseRole, added: readonly Permission[], field: string): Decision | null {
  if (base !== 'viewer' && base !== 'member') return invalid('base', 'The base role is Viewer or Member');
  if (added.length === 0) return invalid(field, 'Add at least one permission the base role does not have');
  const seen = new Set<Permission>();
  for (const p of added) {
    if (!isTeamPermission(p))
      return invalid(field, `${p} is an organization permission; custom roles hold team permissions only`);
    if (builtinPermissions(base).has(p))
      return invalid(field, `${p} is already inherited from the base role ${BUILTIN_ROLE_LABELS[base]}`);
    if (seen.has(p)) return invalid(field, `${p} is listed twice`);
    seen.add(p);
  }
  return null;
}

/** Decision (§7): changing the base drops added permissions the new base already has. */
export function addedAfterBaseChange(role: CustomRole, base: BaseRole): Permission[] {
  return role.added.filter((p) => !(isTeamPermission(p) && builtinPermissions(base).has(p)));
}

export function checkRoleOp(world: World, actor: Actor, op: RoleOp): Decision {
  if (op.type === 'role.create') {
    const r = op.role;
    if (!world.orgs.get(r.orgId)) return notFound('No such organization');
    return thenCheck(decide(world, actor, 'organization:manage_roles', { kind: 'org', orgId: r.orgId }), () =>
      first(
        () => (world.customRoles.get(r.id) ? conflict('A role with this id already exists') : null),
        () => nameRules(world, r.orgId, r.name, r.id),
        () => addedRules(r.base, r.added, 'added'),
      ),
    );
  }
  const role = world.customRoles.get(op.roleId);
  if (!role) return notFound('No such role');
  const gate = decide(world, actor, 'organization:manage_roles', { kind: 'org', orgId: role.orgId });
  if (op.type === 'role.delete') return thenCheck(gate, () => null);
  return thenCheck(gate, () => {
    const base = op.base ?? role.base;
    return first(
      () => (op.name === undefined ? null : nameRules(world, role.orgId, op.name, role.id)),
      () =>
        op.added !== undefined
          ? addedRules(base, op.added, 'added')
          : addedRules(base, addedAfterBaseChange(role, base), 'base'),
    );
  });
}
