// The §9 chain for one principal on one team or project, walked once: identity → org role → team →
// visibility → project role → role permissions → seat. decide() asks it about one permission;
// whoHasAccess/effectiveAccess read the whole granted set from the same walk, so they cannot drift.
import {
  MANAGEMENT_PERMISSIONS,
  OUTSIDER_READ,
  OUTSIDER_SUBMIT,
  RESTRICTED_ADMIN_PERMISSIONS,
  isWrite,
} from './catalog';
import type { Reason } from './decision';
import { effectiveSetting, isEnterprise, principalName, projectLabel, type Principal } from './lookup';
import type { Org, Project, RoleRef, Team, World } from './model';
import type { TeamPermission } from './permissions';
import { deny, note } from './reason';
import {
  BUILTIN_ROLE_LABELS,
  ORG_ADMIN,
  ORG_ROLE_LABELS,
  customRoleOf,
  isCustomRef,
  permissionsOfRole,
  roleLabel,
} from './roles';

/** How a principal got their access to a team or project. */
export type AccessVia =
  'org-admin' | 'team-role' | 'project-role' | 'restricted-member' | 'service-account' | 'anyone';

export type ChainScope = { kind: 'team'; team: Team } | { kind: 'project'; team: Team; project: Project };

export interface ChainFilter {
  reason: Reason;
  blocks: (p: TeamPermission) => boolean;
}

export interface Chain {
  principal: Principal;
  name: string;
  /** Notes of the steps walked, in §9 order. */
  reasons: Reason[];
  /** Set when the walk ended early: nothing is granted. */
  stop: Reason | null;
  role: RoleRef | null;
  via: AccessVia | null;
  /** Who grants: "Member in team ml-research", for allow reasons. */
  grantSource: string;
  grants: ReadonlySet<TeamPermission>;
  /** Caps applied after the role (org Viewer, restricted-but-not-joined, seat, plan), in order. */
  filters: ChainFilter[];
}

export function walkChain(world: World, principal: Principal, scope: ChainScope): Chain {
  const { team } = scope;
  const project = scope.kind === 'project' ? scope.project : null;
  const org = world.orgs.get(team.orgId);
  const name = principalName(principal);
  const chain: Chain = {
    principal,
    name,
    reasons: [],
    stop: null,
    role: null,
    via: null,
    grantSource: '',
    grants: new Set(),
    filters: [],
  };
  const stop = (r: Reason): Chain => ({ ...chain, stop: r });
  if (!org) return stop(deny('identity', `Team ${team.name} belongs to no known organization`));

  // 1. Identity: outsiders get only what Open/Public visibility gives anyone.
  const inOrg =
    (principal.kind === 'user' && principal.user.orgId === org.id) ||
    (principal.kind === 'service' && principal.account.teamId === team.id);
  if (!inOrg) {
    const why =
      principal.kind === 'service'
        ? `${name} belongs to another team and acts only there`
        : principal.kind === 'anonymous'
          ? `${name} is not signed in to ${org.name}`
          : `${name} is not in organization ${org.name}`;
    chain.reasons.push(note('identity', why));
    return anyoneAccess(world, chain, org, team, project);
  }
  if (principal.kind === 'service' && !isEnterprise(org)) {
    return stop(deny('plan', 'Service accounts need an Enterprise license'));
  }

  // 2. Org role.
  const orgRole = principal.kind === 'user' ? principal.user.orgRole : null;
  const orgAdmin = orgRole === 'admin';
  if (orgAdmin) chain.reasons.push(note('org-role', `${name} is an ${ORG_ADMIN} of ${org.name}`));
  if (orgRole === 'viewer') {
    chain.filters.push({
      reason: deny('org-role', `${name} is an org ${ORG_ROLE_LABELS.viewer}, who is read-only everywhere`),
      blocks: isWrite,
    });
  }

  // 3. Team membership and team role (a service account is a member of its own team).
  const membership = team.members.get(principal.id ?? '');
  let teamRole: RoleRef | null = membership?.role ?? (principal.kind === 'service' ? 'member' : null);
  if (teamRole && isCustomRef(teamRole) && !isEnterprise(org)) {
    const base = customRoleOf(world, teamRole)?.base ?? 'viewer';
    chain.reasons.push(
      note(
        'plan',
        `Custom roles need an Enterprise license, so ${name} acts as ${BUILTIN_ROLE_LABELS[base]}`,
      ),
    );
    teamRole = base;
  }
  if (teamRole)
    chain.reasons.push(note('team', `${name} is ${roleLabel(world, teamRole)} in team ${team.name}`));
  if (!teamRole && !orgAdmin) {
    // A hidden team hides the team, its page and its listings from non-members; an Open or Public
    // project stays reachable by its link, for them as for anyone (ADR 0004).
    const byLink = project?.visibility === 'open' || project?.visibility === 'public';
    if (effectiveSetting(world, team, 'hidden') && !byLink)
      return stop(deny('team', `Team ${team.name} is hidden from non-members`));
    chain.reasons.push(note('team', `${name} is not a member of team ${team.name}`));
    return anyoneAccess(world, chain, org, team, project);
  }
  const teamAdmin = orgAdmin || teamRole === 'admin';
  let role: RoleRef = orgAdmin ? 'admin' : (teamRole as RoleRef);
  let via: AccessVia = orgAdmin
    ? 'org-admin'
    : principal.kind === 'service'
      ? 'service-account'
      : 'team-role';
  let source = orgAdmin ? `${ORG_ADMIN} of ${org.name}` : `${roleLabel(world, role)} in team ${team.name}`;

  // 4. Visibility: Restricted needs membership; admins keep management until they join.
  if (project?.visibility === 'restricted') {
    const label = projectLabel(world, project);
    if (project.restrictedMembers.includes(principal.id ?? '')) {
      chain.reasons.push(note('visibility', `${label} is Restricted and ${name} is a member`));
      if (!orgAdmin) via = 'restricted-member';
    } else if (teamAdmin) {
      chain.filters.push({
        reason: deny(
          'visibility',
          `${label} is Restricted and ${name} has not joined it: admins manage it but must join to see its content`,
        ),
        blocks: (p) => !RESTRICTED_ADMIN_PERMISSIONS.has(p),
      });
    } else {
      return stop(deny('visibility', `${label} is Restricted and ${name} was not invited`));
    }
  }

  // 5. Project role override (Team/Restricted projects; never for View-Only team users).
  const override = project ? project.roleOverrides.get(principal.id ?? '') : undefined;
  const overridable = project && (project.visibility === 'team' || project.visibility === 'restricted');
  if (override && overridable && !orgAdmin && teamRole !== 'viewer' && override !== teamRole) {
    let effective: RoleRef = override;
    if (isCustomRef(override) && !isEnterprise(org))
      effective = customRoleOf(world, override)?.base ?? 'viewer';
    chain.reasons.push(
      note(
        'project-role',
        `${name}'s project role in ${projectLabel(world, project)} is ${roleLabel(world, effective)}`,
      ),
    );
    role = effective;
    via = 'project-role';
    source = `${roleLabel(world, effective)} in project ${projectLabel(world, project)}`;
  }

  // 6. Role → permissions, plus the extras the spec gives admins, owners and inviting members.
  const grants = new Set<TeamPermission>(permissionsOfRole(world, role));
  if (teamAdmin) for (const p of MANAGEMENT_PERMISSIONS) grants.add(p);
  if (project && project.ownerId === principal.id && !grants.has('project:update')) {
    grants.add('project:update');
    chain.reasons.push(note('ownership', `${name} owns ${projectLabel(world, project)}`));
  }
  const canInviteAsMember = teamRole === 'member' || (teamRole !== null && isCustomRef(teamRole));
  if (
    canInviteAsMember &&
    effectiveSetting(world, team, 'membersCanInvite') &&
    !grants.has('team:invite_user')
  ) {
    grants.add('team:invite_user');
    chain.reasons.push(note('team', `Team ${team.name} lets any member invite other members`));
  }
  if (project?.visibility === 'open' || project?.visibility === 'public') {
    for (const p of OUTSIDER_READ) grants.add(p);
    if (project.visibility === 'open') for (const p of OUTSIDER_SUBMIT) grants.add(p);
  }
  if (!isEnterprise(org)) {
    chain.filters.push({
      reason: deny('plan', 'Service accounts need an Enterprise license'),
      blocks: (p) => p === 'team:create_service_account',
    });
  }

  // 7. Seat cap (users only; service accounts take no seat).
  if (principal.kind === 'user') addSeatFilter(chain, principal.user.modelsSeat, name);
  return { ...chain, role, via, grantSource: source, grants };
}

function addSeatFilter(chain: Chain, seat: 'full' | 'viewer' | 'none', name: string): void {
  if (seat === 'viewer') {
    chain.filters.push({
      reason: deny('seat', `${name} has a Viewer Models seat: read-only, no logging, edits or downloads`),
      blocks: (p) => !MANAGEMENT_PERMISSIONS.has(p) && (isWrite(p) || p === 'artifact:download'),
    });
  } else if (seat === 'none') {
    chain.filters.push({
      reason: deny('seat', `${name} has no Models seat, so no access to Models projects`),
      blocks: (p) => !MANAGEMENT_PERMISSIONS.has(p),
    });
  }
}

/** Open: anyone reads and submits; Public: anyone reads; otherwise nothing (§6.1, §9 step 1). */
function anyoneAccess(world: World, chain: Chain, org: Org, team: Team, project: Project | null): Chain {
  const { name, principal } = chain;
  if (!project || (project.visibility !== 'open' && project.visibility !== 'public')) {
    const step = principal.kind === 'user' && principal.user.orgId === org.id ? 'team' : 'identity';
    const what = !project
      ? `team ${team.name} is open to its members only`
      : project.visibility === 'restricted'
        ? `${projectLabel(world, project)} is Restricted to its invited members`
        : `${projectLabel(world, project)} is visible only to team ${team.name}`;
    return { ...chain, stop: deny(step, `${name} has no access: ${what}`) };
  }
  if (principal.kind === 'user' && principal.user.orgId === org.id) {
    if (principal.user.orgRole === 'viewer') {
      chain.filters.push({
        reason: deny('org-role', `${name} is an org ${ORG_ROLE_LABELS.viewer}, who is read-only everywhere`),
        blocks: isWrite,
      });
    }
    addSeatFilter(chain, principal.user.modelsSeat, name);
  }
  const grants = new Set<TeamPermission>(OUTSIDER_READ);
  if (project.visibility === 'open') for (const p of OUTSIDER_SUBMIT) grants.add(p);
  const label = projectLabel(world, project);
  const source =
    project.visibility === 'open'
      ? `${label} is Open: anyone may view it and submit runs and reports`
      : `${label} is Public: anyone may view it`;
  return {
    ...chain,
    via: 'anyone',
    grantSource: source,
    grants,
    // The source is said once: in the decision's own allow (or refusal), not also as a chain step.
    reasons: chain.reasons,
  };
}

/** Everything the chain grants after its caps. */
export function effectivePermissions(chain: Chain): TeamPermission[] {
  if (chain.stop) return [];
  return [...chain.grants].filter((p) => !chain.filters.some((f) => f.blocks(p)));
}
