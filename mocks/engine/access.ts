// Effective access of one principal, and who can reach a project, derived from the same chain walk
// as decide() so the views never disagree with enforcement.
import type {
  AccessCounts,
  AccessEntry,
  EffectiveAccess,
  OrgEffectiveAccess,
  ProjectAccessEntry,
  TeamAccessEntry,
  UserAccess,
} from './access-types';
import { MANAGEMENT_PERMISSIONS, isWrite } from './catalog';
import { effectivePermissions, walkChain, type Chain, type ChainScope } from './chain';
import { accessDetailOf, accessLabelOf } from './chain-facts';
import { decideOnChain, decideOrg } from './decide';
import { actorOf, principalOf, projectLabel } from './lookup';
import type { Actor, Project, World } from './model';
import type { Decision } from './decision';
import { ORG_PERMISSIONS, TARGET_PERMISSIONS, type TeamPermission } from './permissions';
import { ORG_ROLE_LABELS, roleLabel } from './roles';
import { visibleTeams } from './visibility';
import { belongsTo, membershipOf } from './memberships';

export function chainFor(world: World, principalId: string, scope: ChainScope): Chain {
  return walkChain(world, principalOf(world, actorOf(world, principalId)), scope);
}

export function scopeOf(
  world: World,
  target: { kind: 'team'; teamId: string } | { kind: 'project'; projectId: string },
): ChainScope | null {
  if (target.kind === 'team') {
    const team = world.teams.get(target.teamId);
    return team ? { kind: 'team', team } : null;
  }
  const project = world.projects.get(target.projectId);
  const team = project ? world.teams.get(project.teamId) : undefined;
  return project && team ? { kind: 'project', team, project } : null;
}

/** "Admin", a custom role's name, how someone without a role gets in, or "Manages only (not joined)". */
export function chainRoleLabel(world: World, chain: Chain): string {
  return accessLabelOf(world, chain.facts);
}

/** The sentence behind the label where a word is not enough (an admin who has not joined). */
export const chainRoleDetail = (chain: Chain): string | null => accessDetailOf(chain.facts, chain.name);

/**
 * Org permissions come from the org role only (§2), so the explanation is decideOrg() per permission;
 * the notes every verdict shares (the org role, or why the person is outside) are the role's source.
 */
export function orgAccess(world: World, principalId: string, orgId: string): OrgEffectiveAccess {
  const principal = principalOf(world, actorOf(world, principalId));
  const permissions = ORG_PERMISSIONS.map((permission) => ({
    permission,
    decision: decideOrg(world, principal, permission, orgId),
  }));
  const membership = principal.kind === 'user' ? membershipOf(principal.user, orgId) : undefined;
  const roleSource = (permissions[0]?.decision.reasons ?? []).filter((r) => r.effect === 'note');
  return {
    roleLabel: membership ? ORG_ROLE_LABELS[membership.orgRole] : 'Not in the organization',
    roleSource,
    permissions,
    counts: countsOf(permissions),
  };
}

type Target = { kind: 'team'; teamId: string } | { kind: 'project'; projectId: string };

function countsOf(permissions: readonly { decision: Decision }[]): AccessCounts {
  const allowed = permissions.filter((p) => p.decision.allowed).length;
  return { allowed, denied: permissions.length - allowed };
}

export function effectiveAccess(world: World, principalId: string, target: Target): EffectiveAccess {
  return actorAccess(world, actorOf(world, principalId), target);
}

/**
 * effectiveAccess() of any actor, a signed-out visitor too: the project page's "Your access" and the
 * Access page's explanation are this one answer, so their lists and counts agree (issue 15).
 */
export function actorAccess(world: World, actor: Actor, target: Target): EffectiveAccess {
  const scope = scopeOf(world, target);
  if (!scope)
    return {
      role: null,
      roleLabel: 'No access',
      roleDetail: null,
      roleSource: [],
      permissions: [],
      counts: countsOf([]),
    };
  const chain = walkChain(world, principalOf(world, actor), scope);
  const permissions = TARGET_PERMISSIONS[scope.kind].map((permission) => ({
    permission,
    decision: decideOnChain(world, chain, permission),
  }));
  return {
    role: chain.stop ? null : chain.role,
    roleLabel: chainRoleLabel(world, chain),
    roleDetail: chainRoleDetail(chain),
    roleSource: chain.stop ? [...chain.reasons, chain.stop] : chain.reasons,
    permissions,
    counts: countsOf(permissions),
  };
}

const writesModels = (p: TeamPermission): boolean => isWrite(p) && !MANAGEMENT_PERMISSIONS.has(p);

/** One row of "who has access", or null when the principal cannot even see the project. */
export function projectEntry(
  world: World,
  principalId: string,
  project: Project,
  chain: Chain,
): AccessEntry | null {
  const perms = effectivePermissions(chain);
  if (!perms.includes('project:read') || chain.via === null) return null;
  const teamRole = world.teams.get(project.teamId)?.members.get(principalId)?.role ?? null;
  return {
    principalId,
    principalName: chain.name,
    kind: chain.principal.kind === 'service' ? 'service' : 'user',
    role: chain.role,
    roleLabel: chainRoleLabel(world, chain),
    roleDetail: chainRoleDetail(chain),
    via: chain.via,
    teamRole,
    overridden: chain.via === 'project-role',
    reasons: chain.reasons,
    canRead: perms.includes('run:read'),
    canWrite: perms.some(writesModels),
    canManage: perms.includes('project:manage_users'),
    permissions: perms,
  };
}

/** Every team and project of the org the user can reach, with the effective role and where it comes from. */
export function userAccess(world: World, userId: string, orgId: string): UserAccess {
  const user = world.users.get(userId);
  if (!user || !belongsTo(user, orgId)) return { teams: [], projects: [] };
  const teams: TeamAccessEntry[] = [];
  const orgTeams = new Set<string>();
  for (const team of world.teams.values()) {
    if (team.orgId !== orgId) continue;
    orgTeams.add(team.id);
    const chain = chainFor(world, userId, { kind: 'team', team });
    if (chain.stop || !chain.role || !chain.via) continue;
    const perms = effectivePermissions(chain);
    teams.push({
      teamId: team.id,
      teamName: team.name,
      role: chain.role,
      roleLabel: roleLabel(world, chain.role),
      via: chain.via,
      reasons: chain.reasons,
      canManage: perms.includes('team:update_role'),
    });
  }
  const projects: ProjectAccessEntry[] = [];
  // Listed: projects of the teams the person can see. A hidden team's Open project they reach only by
  // its link, so it is not listed to them (ADR 0004).
  const listed = new Set(visibleTeams(world, { kind: 'user', userId }, orgId).map((t) => t.id));
  for (const project of world.projects.values()) {
    const team = world.teams.get(project.teamId);
    if (!team || !orgTeams.has(team.id) || !listed.has(team.id)) continue;
    const entry = projectEntry(
      world,
      userId,
      project,
      chainFor(world, userId, { kind: 'project', team, project }),
    );
    if (!entry) continue;
    const { role, roleLabel: label, roleDetail, via, overridden, reasons, canRead, canWrite } = entry;
    projects.push({
      projectId: project.id,
      teamId: team.id,
      label: projectLabel(world, project),
      role,
      roleLabel: label,
      roleDetail,
      via,
      overridden,
      reasons,
      canRead,
      canWrite,
    });
  }
  return { teams, projects };
}
