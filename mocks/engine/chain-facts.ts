// The §9 walk for one principal on one team or project as facts, without a word: identity → org role
// → seat → team → visibility → project role → role permissions (the seat is the person's, like the org
// role, so it is read with it: ADR 0024). Every branch of the access model is
// taken here, once. A verdict reads the facts directly (`allowsOnFacts`, nothing allocated but this
// object); an explanation renders the same facts as sentences (chain.ts), so the two cannot disagree.
import {
  ANY_VARIANT,
  MANAGEMENT_PERMISSIONS,
  OUTSIDER_READ,
  OUTSIDER_SUBMIT,
  OWN_VARIANT,
  RESTRICTED_ADMIN_PERMISSIONS,
  isWrite,
} from './catalog';
import { isEnterprise, type Principal } from './lookup';
import type { Org, Project, RoleRef, Team, World } from './model';
import { PROJECT_PERMISSIONS, type TeamPermission } from './permissions';
import { customRoleOf, isCustomRef, permissionsOfRole, roleLabel } from './roles';
import { membershipOf } from './memberships';

/** How a principal got their access to a team or project. */
export type AccessVia =
  'org-admin' | 'team-role' | 'project-role' | 'restricted-member' | 'service-account' | 'anyone';

export type ChainScope = { kind: 'team'; team: Team } | { kind: 'project'; team: Team; project: Project };

/** Why a walk ended with nothing granted. */
export type Stop =
  | 'no-org' // the team's org is unknown
  | 'service-plan' // a service account outside Enterprise
  | 'hidden' // a hidden team, to a non-member
  | 'restricted' // a Restricted project, to a non-admin who was not invited
  | 'no-access'; // no role and no Open/Public visibility

/** Caps that refuse whatever the role grants, as bits (each is explained at its own step, chain.ts). */
export const CAP = { orgViewer: 1, restricted: 2, plan: 4, seatViewer: 8, seatNone: 16 } as const;
export const CAP_ORDER = [CAP.orgViewer, CAP.seatViewer, CAP.seatNone, CAP.plan, CAP.restricted];

export interface ChainFacts {
  principal: Principal;
  scope: ChainScope;
  org: Org | undefined;
  stop: Stop | null;
  /** The principal is in the org (or the team, for a service account). */
  inOrg: boolean;
  orgAdmin: boolean;
  /** The team role after the plan (a custom role outside Enterprise acts as its base). */
  teamRole: RoleRef | null;
  /** Set when a custom team role was replaced by its base because the org is not Enterprise. */
  downgradedFrom: RoleRef | null;
  restrictedMember: boolean;
  /** The project role that replaced the team role, if one did. */
  override: RoleRef | null;
  role: RoleRef | null;
  via: AccessVia | null;
  /** The role's own permissions (shared sets; never written). */
  roleGrants: ReadonlySet<TeamPermission>;
  /** Team or org admin: management permissions on top of the role. */
  manages: boolean;
  /** project:update granted because the principal owns the project. */
  ownerUpdate: boolean;
  /** team:invite_user granted to a member by the team's setting. */
  memberInvite: boolean;
  /** Open or Public: what anyone gets there. */
  openness: 'open' | 'public' | null;
  caps: number;
}

const NOTHING: ReadonlySet<TeamPermission> = new Set();

export function walkFacts(world: World, principal: Principal, scope: ChainScope): ChainFacts {
  const { team } = scope;
  const project = scope.kind === 'project' ? scope.project : null;
  const org = world.orgs.get(team.orgId);
  const openness =
    project?.visibility === 'open' || project?.visibility === 'public' ? project.visibility : null;
  const facts: ChainFacts = {
    principal,
    scope,
    org,
    stop: null,
    inOrg: false,
    orgAdmin: false,
    teamRole: null,
    downgradedFrom: null,
    restrictedMember: false,
    override: null,
    role: null,
    via: null,
    roleGrants: NOTHING,
    manages: false,
    ownerUpdate: false,
    memberInvite: false,
    openness: null,
    caps: 0,
  };
  if (!org) return stopped(facts, 'no-org');

  // Team settings are read as effectiveSetting() does (the org's enforced value wins, §5.3), by name:
  // this walk runs for every verdict, and a keyed read of the enforcements is measurably slower.

  // 1. Identity: outsiders get only what Open/Public visibility gives anyone.
  const membership = principal.kind === 'user' ? membershipOf(principal.user, org.id) : undefined;
  facts.inOrg =
    membership !== undefined || (principal.kind === 'service' && principal.account.teamId === team.id);
  if (!facts.inOrg) return anyone(facts, openness);
  if (principal.kind === 'service' && !isEnterprise(org)) return stopped(facts, 'service-plan');

  // 2. Org role and seat: the person's in this org, whatever the team (service accounts take no seat).
  const orgRole = membership?.orgRole ?? null;
  facts.orgAdmin = orgRole === 'admin';
  if (orgRole === 'viewer') facts.caps |= CAP.orgViewer;
  if (membership) facts.caps |= seatCap(membership.modelsSeat);
  if (!isEnterprise(org)) facts.caps |= CAP.plan;

  // 3. Team membership and team role (a service account is a member of its own team).
  const id = principal.id ?? '';
  let teamRole: RoleRef | null =
    team.members.get(id)?.role ?? (principal.kind === 'service' ? 'member' : null);
  if (teamRole && isCustomRef(teamRole) && !isEnterprise(org)) {
    facts.downgradedFrom = teamRole;
    teamRole = customRoleOf(world, teamRole)?.base ?? 'viewer';
  }
  facts.teamRole = teamRole;
  if (!teamRole && !facts.orgAdmin) {
    // A hidden team hides the team, its page and its listings from non-members; an Open or Public
    // project stays reachable by its link, for them as for anyone (ADR 0004).
    if (!openness && (org.enforcements.hidden ?? team.settings.hidden)) return stopped(facts, 'hidden');
    return anyone(facts, openness);
  }
  const teamAdmin = facts.orgAdmin || teamRole === 'admin';
  let role: RoleRef = facts.orgAdmin ? 'admin' : (teamRole as RoleRef);
  let via: AccessVia = facts.orgAdmin
    ? 'org-admin'
    : principal.kind === 'service'
      ? 'service-account'
      : 'team-role';

  // 4. Visibility: Restricted needs membership; admins keep management until they join.
  if (project?.visibility === 'restricted') {
    if (project.restrictedMembers.includes(id)) {
      facts.restrictedMember = true;
      if (!facts.orgAdmin) via = 'restricted-member';
    } else if (teamAdmin) facts.caps |= CAP.restricted;
    else return stopped(facts, 'restricted');
  }

  // 5. Project role override (Team/Restricted projects; never for View-Only team users).
  const overridable =
    project !== null &&
    (project.visibility === 'team' || project.visibility === 'restricted') &&
    !facts.orgAdmin &&
    teamRole !== 'viewer' &&
    project.roleOverrides.size > 0;
  const override = overridable ? project.roleOverrides.get(id) : undefined;
  if (override && override !== teamRole) {
    role =
      isCustomRef(override) && !isEnterprise(org)
        ? (customRoleOf(world, override)?.base ?? 'viewer')
        : override;
    facts.override = role;
    via = 'project-role';
  }

  // 6. Role → permissions, plus the extras the spec gives admins, owners and inviting members.
  facts.role = role;
  facts.via = via;
  facts.roleGrants = permissionsOfRole(world, role);
  facts.manages = teamAdmin;
  facts.openness = openness;
  facts.ownerUpdate =
    project !== null && project.ownerId === id && !grantedBeforeExtras(facts, 'project:update');
  const canInviteAsMember = teamRole === 'member' || (teamRole !== null && isCustomRef(teamRole));
  facts.memberInvite =
    canInviteAsMember &&
    (org.enforcements.membersCanInvite ?? team.settings.membersCanInvite) &&
    !grantedBeforeExtras(facts, 'team:invite_user');
  return facts;
}

function stopped(facts: ChainFacts, stop: Stop): ChainFacts {
  facts.stop = stop;
  return facts;
}

const seatCap = (seat: 'full' | 'viewer' | 'none'): number =>
  seat === 'viewer' ? CAP.seatViewer : seat === 'none' ? CAP.seatNone : 0;

/** Open: anyone reads and submits; Public: anyone reads; otherwise nothing (§6.1, §9 step 1). */
function anyone(facts: ChainFacts, openness: 'open' | 'public' | null): ChainFacts {
  if (!openness) return stopped(facts, 'no-access');
  facts.via = 'anyone';
  facts.openness = openness;
  return facts;
}

/** The role's grants with the admin and Open/Public extras (before ownership and inviting). */
function grantedBeforeExtras(facts: ChainFacts, p: TeamPermission): boolean {
  return (
    facts.roleGrants.has(p) ||
    (facts.manages && MANAGEMENT_PERMISSIONS.has(p)) ||
    (facts.openness !== null && OUTSIDER_READ.has(p)) ||
    (facts.openness === 'open' && OUTSIDER_SUBMIT.has(p))
  );
}

/** Whether the walk grants the permission, before caps. */
export function grants(facts: ChainFacts, p: TeamPermission): boolean {
  if (facts.stop) return false;
  return (
    grantedBeforeExtras(facts, p) ||
    (facts.ownerUpdate && p === 'project:update') ||
    (facts.memberInvite && p === 'team:invite_user')
  );
}

/** Everything the walk grants before caps, in the order the steps add it (role, admin, owner, invite, visibility). */
export function grantedInOrder(facts: ChainFacts): Set<TeamPermission> {
  const granted = new Set<TeamPermission>();
  if (facts.stop) return granted;
  for (const p of facts.roleGrants) granted.add(p);
  if (facts.manages) for (const p of MANAGEMENT_PERMISSIONS) granted.add(p);
  if (facts.ownerUpdate) granted.add('project:update');
  if (facts.memberInvite) granted.add('team:invite_user');
  if (facts.openness) for (const p of OUTSIDER_READ) granted.add(p);
  if (facts.openness === 'open') for (const p of OUTSIDER_SUBMIT) granted.add(p);
  return granted;
}

/** Everything the walk grants after its caps (effectivePermissions of the chain, without words). */
export function effectivePermissionsOf(facts: ChainFacts): TeamPermission[] {
  return [...grantedInOrder(facts)].filter((p) => ((BLOCKED_BY.get(p) ?? 0) & facts.caps) === 0);
}

/** Whether one cap refuses the permission. */
export function capBlocks(cap: number, p: TeamPermission): boolean {
  switch (cap) {
    case CAP.orgViewer:
      return isWrite(p);
    case CAP.restricted:
      return !RESTRICTED_ADMIN_PERMISSIONS.has(p);
    case CAP.plan:
      return p === 'team:create_service_account';
    case CAP.seatViewer:
      return !MANAGEMENT_PERMISSIONS.has(p) && (isWrite(p) || p === 'artifact:download');
    case CAP.seatNone:
      return !MANAGEMENT_PERMISSIONS.has(p);
    default:
      return false;
  }
}

// Per permission, the caps that refuse it (one AND per verdict instead of a walk over the caps).
const BLOCKED_BY = new Map<TeamPermission, number>(
  PROJECT_PERMISSIONS.map((p) => [
    p,
    CAP_ORDER.reduce((bits, cap) => (capBlocks(cap, p) ? bits | cap : bits), 0),
  ]),
);

/**
 * The verdict of decide() from the facts alone. `authorId` is the author of the run/report/artifact
 * asked about ('' or undefined for the project or team itself), for `:own` permissions.
 */
export function allowsOnFacts(facts: ChainFacts, permission: TeamPermission, authorId?: string): boolean {
  if (facts.stop) return false;
  const any = ANY_VARIANT[permission];
  const own = OWN_VARIANT[permission];
  const hasItem = authorId !== undefined && authorId !== '';
  // Most permissions have no `:own` form: granted or not.
  const granted =
    any === undefined && own === undefined
      ? grants(facts, permission)
      : grantsOwned(facts, permission, hasItem, authorId);
  return granted && ((BLOCKED_BY.get(permission) ?? 0) & facts.caps) === 0;
}

function grantsOwned(
  facts: ChainFacts,
  permission: TeamPermission,
  hasItem: boolean,
  authorId: string | undefined,
): boolean {
  const isAuthor = hasItem && authorId === facts.principal.id;
  const own = OWN_VARIANT[permission];
  const any = ANY_VARIANT[permission];
  return (
    (grants(facts, permission) && !(any && hasItem && !grants(facts, any))) ||
    (any !== undefined && grants(facts, any)) ||
    (any !== undefined && grants(facts, permission) && isAuthor) ||
    (own !== undefined && grants(facts, own) && isAuthor)
  );
}

/** The badge of an admin on a Restricted project they have not joined: what they have, not "Admin". */
export const NOT_JOINED_LABEL = 'Manages only (not joined)';

/**
 * What a principal has on a team or project, in a word, on every surface (Users tab, Access page,
 * drawer, "Your access", previews): the role, how someone without one gets in, or that an admin
 * manages a Restricted project without its content until they join (issue 15).
 */
export function accessLabelOf(world: World, facts: ChainFacts): string {
  if (facts.stop) return 'No access';
  if (facts.caps & CAP.restricted) return NOT_JOINED_LABEL;
  if (facts.role) return roleLabel(world, facts.role);
  return facts.openness === 'open' ? 'Open access' : 'Public access';
}

/** The sentence behind a label that is not a plain role; null when the role says it all. */
export function accessDetailOf(facts: ChainFacts, name: string): string | null {
  if (facts.stop || !(facts.caps & CAP.restricted) || facts.scope.kind !== 'project') return null;
  const { team, project } = facts.scope;
  return `${name} manages ${team.name}/${project.name} (its users and settings) but sees its runs, reports and artifacts only after joining it`;
}
