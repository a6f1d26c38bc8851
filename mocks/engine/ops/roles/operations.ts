// Custom roles (§7): org admins on Enterprise; unique names; base + added, never inherited ones.
import type { Decision } from '../../decision';
import { decide } from '../../decide';
import type { Actor, BaseRole, CustomRole, RoleRef, World } from '../../model';
import type { Permission } from '../../permissions';
import { conflict, invalid, notFound } from '../../reason';
import {
  BUILTIN_ROLE_LABELS,
  RESERVED_ROLE_NAMES,
  builtinPermissions,
  customRoleId,
  isCustomRef,
  isTeamPermission,
} from '../../roles';
import type { Draft } from '../../world-edit';
import { setTeamRole } from '../cascades';
import { defineFamily, noScope, operation } from '../define';
import { first, thenCheck } from '../rules';
import { holdersScope } from './scope';

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
function addedAfterBaseChange(role: CustomRole, base: BaseRole): Permission[] {
  return role.added.filter((p) => !(isTeamPermission(p) && builtinPermissions(base).has(p)));
}

/** Everyone holding the role falls back to its base role, in teams, projects and pending invites (§7). */
function deleteRole(draft: Draft, roleId: string): void {
  const role = draft.get('customRoles', roleId);
  if (!role) return;
  const ref: RoleRef = `custom:${roleId}`;
  const base: RoleRef = role.base;
  const fallback = (r: RoleRef): RoleRef => (isCustomRef(r) && customRoleId(r) === roleId ? base : r);
  for (const team of draft.all('teams')) {
    for (const [id, m] of team.members.entries()) if (m.role === ref) setTeamRole(draft, team.id, id, base);
  }
  for (const p of draft.all('projects')) {
    const holders = p.roleOverrides.entries().filter(([, r]) => r === ref);
    if (holders.length === 0) continue;
    let overrides = p.roleOverrides;
    const teamMembers = draft.get('teams', p.teamId)?.members;
    for (const [id] of holders) {
      const teamRole = teamMembers?.get(id)?.role;
      overrides =
        teamRole === base || teamRole === 'viewer' ? overrides.without(id) : overrides.with(id, base);
    }
    draft.set('projects', p.id, { ...p, roleOverrides: overrides });
  }
  for (const invite of draft.all('invites')) {
    if (invite.teams.some((t) => t.role === ref)) {
      draft.set('invites', invite.id, {
        ...invite,
        teams: invite.teams.map((t) => ({ ...t, role: fallback(t.role) })),
      });
    }
  }
  draft.delete('customRoles', roleId);
}

/** The role, then the manage_roles gate of its org, then the operation's own rules. */
function existingRoleCheck(
  world: World,
  actor: Actor,
  roleId: string,
  rules: (role: CustomRole) => Decision | null,
): Decision {
  const role = world.customRoles.get(roleId);
  if (!role) return notFound('No such role');
  const gate = decide(world, actor, 'organization:manage_roles', { kind: 'org', orgId: role.orgId });
  return thenCheck(gate, () => rules(role));
}

export const roleOperations = defineFamily({
  'role.create': operation<{ role: CustomRole }>({
    check: (world, actor, op) => {
      const r = op.role;
      if (!world.orgs.get(r.orgId)) return notFound('No such organization');
      return thenCheck(
        decide(world, actor, 'organization:manage_roles', { kind: 'org', orgId: r.orgId }),
        () =>
          first(
            () => (world.customRoles.get(r.id) ? conflict('A role with this id already exists') : null),
            () => nameRules(world, r.orgId, r.name, r.id),
            () => addedRules(r.base, r.added, 'added'),
          ),
      );
    },
    apply: (draft, _actor, op) => draft.set('customRoles', op.role.id, op.role),
    impactScope: noScope,
  }),

  'role.update': operation<{
    roleId: string;
    name?: string;
    description?: string;
    base?: BaseRole;
    added?: Permission[];
    at: string;
  }>({
    check: (world, actor, op) =>
      existingRoleCheck(world, actor, op.roleId, (role) => {
        const base = op.base ?? role.base;
        return first(
          () => (op.name === undefined ? null : nameRules(world, role.orgId, op.name, role.id)),
          () =>
            op.added !== undefined
              ? addedRules(base, op.added, 'added')
              : addedRules(base, addedAfterBaseChange(role, base), 'base'),
        );
      }),
    apply: (draft, _actor, op) =>
      draft.update('customRoles', op.roleId, (r) => {
        const base = op.base ?? r.base;
        const added = op.added ?? (base === r.base ? r.added : addedAfterBaseChange(r, base));
        return {
          ...r,
          name: op.name?.trim() ?? r.name,
          description: op.description ?? r.description,
          base,
          added,
          updatedAt: op.at,
        };
      }),
    impactScope: (before, _after, op) => holdersScope(before, `custom:${op.roleId}`),
  }),

  'role.delete': operation<{ roleId: string }>({
    check: (world, actor, op) => existingRoleCheck(world, actor, op.roleId, () => null),
    apply: (draft, _actor, op) => deleteRole(draft, op.roleId),
    impactScope: (before, _after, op) => holdersScope(before, `custom:${op.roleId}`),
  }),
});
