// Builds the Roles page answers: built-in and custom roles with their permissions, holders counted
// from the world, every control's decision from the engine, and the deletion fallback preview.
import type { Db } from '../../db/db';
import {
  BUILTIN_GRANTS,
  BUILTIN_ROLE_LABELS,
  PERMISSION_INFO,
  PROJECT_PERMISSIONS,
  check,
  decide,
  impact,
  permissionsOfRole,
  type Actor,
  type BuiltinTeamRole,
  type CustomRole,
  type RoleRef,
  type World,
} from '../../engine/index';
import type { RoleDeletion, RolesList } from '../../../src/api/roles';
import { toApiDecision } from '../http/api-values';

const GROUPS: RolesList['groups'] = [
  { id: 'projects', label: 'Projects' },
  { id: 'runs', label: 'Runs' },
  { id: 'reports', label: 'Reports' },
  { id: 'artifacts', label: 'Artifacts' },
  { id: 'sweeps', label: 'Sweeps' },
  { id: 'launch', label: 'Launch' },
  { id: 'team', label: 'Team' },
];

const BUILTIN_DESCRIPTIONS: Record<BuiltinTeamRole, string> = {
  admin:
    "Manages the team: adds and removes members, changes roles and settings, and acts on anyone's runs and reports.",
  member:
    'Does the work: creates projects, logs runs, artifacts and reports, runs sweeps and submits jobs; edits only their own runs and reports.',
  viewer: 'Reads everything in the team, downloads artifacts and comments on reports; changes nothing.',
  service: 'For automation (service accounts): reads, logs runs and artifacts.',
};
const BUILTIN_ORDER: BuiltinTeamRole[] = ['admin', 'member', 'viewer', 'service'];

/** Where a custom role is held: team memberships and project role overrides, in the role's org. */
export function holdingsOf(world: World, role: CustomRole) {
  const ref: RoleRef = `custom:${role.id}`;
  const teams: { teamId: string; principalId: string }[] = [];
  const projects: { projectId: string; principalId: string }[] = [];
  for (const t of world.teams.values()) {
    if (t.orgId !== role.orgId) continue;
    for (const [id, m] of t.members.entries())
      if (m.role === ref) teams.push({ teamId: t.id, principalId: id });
  }
  for (const p of world.projects.values()) {
    if (world.teams.get(p.teamId)?.orgId !== role.orgId) continue;
    for (const [id, r] of p.roleOverrides.entries())
      if (r === ref) projects.push({ projectId: p.id, principalId: id });
  }
  return { teams, projects };
}

export function rolesOfOrg(world: World, orgId: string): CustomRole[] {
  return world.customRoles
    .values()
    .filter((r) => r.orgId === orgId)
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function rolesListBody(db: Db, actor: Actor, orgId: string): RolesList {
  const world = db.world;
  return {
    groups: GROUPS,
    catalog: PROJECT_PERMISSIONS.map((id) => {
      const info = PERMISSION_INFO[id];
      return { id, group: info.group, description: info.description };
    }),
    builtin: BUILTIN_ORDER.map((ref) => ({
      ref,
      name: BUILTIN_ROLE_LABELS[ref],
      description: BUILTIN_DESCRIPTIONS[ref],
      permissions: [...BUILTIN_GRANTS[ref]],
    })),
    custom: rolesOfOrg(world, orgId).map((r) => {
      const held = holdingsOf(world, r);
      const people = new Set([...held.teams, ...held.projects].map((h) => h.principalId));
      return {
        id: r.id,
        ref: `custom:${r.id}`,
        name: r.name,
        description: r.description,
        base: r.base,
        baseLabel: BUILTIN_ROLE_LABELS[r.base],
        added: [...r.added],
        permissions: [...permissionsOfRole(world, `custom:${r.id}`)],
        holders: { people: people.size, teamRoles: held.teams.length, projectRoles: held.projects.length },
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
        edit: toApiDecision(check(world, actor, { type: 'role.update', roleId: r.id, at: db.now() })),
        remove: toApiDecision(check(world, actor, { type: 'role.delete', roleId: r.id })),
      };
    }),
    // The permission itself (with the plan's reason on a Teams org): rules on the role's content come
    // from the builder's live check.
    viewer: {
      canCreate: toApiDecision(decide(world, actor, 'organization:manage_roles', { kind: 'org', orgId })),
    },
  };
}

const nameOf = (world: World, id: string): string => {
  const account = world.serviceAccounts.get(id);
  return world.users.get(id)?.name ?? (account ? `service account ${account.name}` : id);
};

export function roleDeletionBody(db: Db, actor: Actor, role: CustomRole): RoleDeletion {
  const world = db.world;
  const held = holdingsOf(world, role);
  const byPerson = new Map<string, { teams: string[]; projects: string[] }>();
  const entry = (id: string) => {
    const found = byPerson.get(id) ?? { teams: [], projects: [] };
    byPerson.set(id, found);
    return found;
  };
  for (const h of held.teams) entry(h.principalId).teams.push(world.teams.get(h.teamId)?.name ?? h.teamId);
  for (const h of held.projects) {
    const p = world.projects.get(h.projectId);
    entry(h.principalId).projects.push(
      p ? `${world.teams.get(p.teamId)?.name ?? ''}/${p.name}` : h.projectId,
    );
  }
  const ref = `custom:${role.id}`;
  const op = { type: 'role.delete', roleId: role.id } as const;
  const remove = check(world, actor, op);
  return {
    name: role.name,
    baseLabel: BUILTIN_ROLE_LABELS[role.base],
    holders: [...byPerson.entries()]
      .map(([id, where]) => ({ id, name: nameOf(world, id), ...where }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    pendingInvites: world.invites
      .values()
      .filter((i) => i.status === 'pending' && i.teams.some((t) => t.role === ref)).length,
    summary: remove.allowed ? impact(world, actor, op).summary : '',
    remove: toApiDecision(remove),
  };
}
