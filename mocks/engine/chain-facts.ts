// The §9 walk for one principal on one team or project as facts, without a word: identity → org role
// → seat → team → visibility → project role → role permissions (the seat is the person's, like the org
// role, so it is read with it: ADR 0024). Every branch of the access model is taken here, once: the
// team's half (identity to team role) in team-facts.ts, cached per world, the project's half here. A
// verdict reads the facts directly (`allowsOnFacts`: bits, nothing allocated but this object); an
// explanation renders the same facts as sentences (chain.ts), so the two cannot disagree.
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
import { bitPlace, bitsOf, hasBit, type BitPlace } from './permission-bits';
import { customRoleOf, isCustomRef, roleGrantsOf, roleLabel } from './roles';
import { CAP, CAP_ORDER } from './caps';
import { entryOfPrincipal, teamFactsOf, type PrincipalEntry } from './team-facts';

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
  /** Everything granted before the caps (the role and every extra), as bits (permission-bits.ts). */
  grantedLo: number;
  grantedHi: number;
}

const NOTHING: ReadonlySet<TeamPermission> = new Set();

export function walkFacts(world: World, principal: Principal, scope: ChainScope): ChainFacts {
  return walkEntry(world, entryOfPrincipal(world, principal), scope);
}

/** The walk for a principal's cached entry (team-facts.ts): its team's half is read, the project's walked. */
export function walkEntry(world: World, entry: PrincipalEntry, scope: ChainScope): ChainFacts {
  const { team } = scope;
  const project = scope.kind === 'project' ? scope.project : null;
  const { principal } = entry;
  const t = teamFactsOf(world, entry, team);
  const openness =
    project?.visibility === 'open' || project?.visibility === 'public' ? project.visibility : null;
  const facts: ChainFacts = {
    principal,
    scope,
    org: t.org,
    stop: t.stop,
    inOrg: t.inOrg,
    orgAdmin: t.orgAdmin,
    teamRole: t.teamRole,
    downgradedFrom: t.downgradedFrom,
    restrictedMember: false,
    override: null,
    role: null,
    via: null,
    roleGrants: NOTHING,
    manages: false,
    ownerUpdate: false,
    memberInvite: false,
    openness: null,
    caps: t.caps,
    grantedLo: 0,
    grantedHi: 0,
  };
  // Steps 1–3 (identity, org role, seat, plan, team role) are the team's half (team-facts.ts).
  const { org, teamRole } = t;
  if (facts.stop || !org) return facts;
  if (!t.inOrg) return anyone(facts, openness);
  if (!teamRole && !t.orgAdmin) {
    // A hidden team hides the team, its page and its listings from non-members; an Open or Public
    // project stays reachable by its link, for them as for anyone (ADR 0004).
    if (!openness && t.hidden) return stopped(facts, 'hidden');
    return anyone(facts, openness);
  }
  const id = principal.id ?? '';
  const teamAdmin = t.orgAdmin || teamRole === 'admin';
  let role: RoleRef = t.role as RoleRef;
  let via: AccessVia = t.orgAdmin
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
  const roleGrants = role === t.role && t.grants !== null ? t.grants : roleGrantsOf(world, role);
  facts.roleGrants = roleGrants.set;
  facts.manages = teamAdmin;
  facts.openness = openness;
  let lo = roleGrants.bits.lo | outsiderBits(openness, 'lo');
  let hi = roleGrants.bits.hi | outsiderBits(openness, 'hi');
  if (teamAdmin) {
    lo |= MANAGEMENT_BITS.lo;
    hi |= MANAGEMENT_BITS.hi;
  }
  // Each extra is said only where it adds what the role and the extras before it do not.
  facts.ownerUpdate = project !== null && project.ownerId === id && !hasBit(lo, hi, PROJECT_UPDATE);
  facts.memberInvite = t.invitesAsMember && t.membersCanInvite && !hasBit(lo, hi, TEAM_INVITE);
  facts.grantedLo = lo | (facts.ownerUpdate ? OWNER_BITS.lo : 0) | (facts.memberInvite ? INVITE_BITS.lo : 0);
  facts.grantedHi = hi | (facts.ownerUpdate ? OWNER_BITS.hi : 0) | (facts.memberInvite ? INVITE_BITS.hi : 0);
  return facts;
}

const PROJECT_UPDATE = bitPlace('project:update');
const TEAM_INVITE = bitPlace('team:invite_user');
const OWNER_BITS = bitsOf(['project:update']);
const INVITE_BITS = bitsOf(['team:invite_user']);
const MANAGEMENT_BITS = bitsOf(MANAGEMENT_PERMISSIONS);
const OPEN_BITS = bitsOf([...OUTSIDER_READ, ...OUTSIDER_SUBMIT]);
const PUBLIC_BITS = bitsOf(OUTSIDER_READ);

/** What Open or Public visibility gives anyone, as one word of bits. */
const outsiderBits = (openness: 'open' | 'public' | null, word: 'lo' | 'hi'): number =>
  openness === 'open' ? OPEN_BITS[word] : openness === 'public' ? PUBLIC_BITS[word] : 0;

function stopped(facts: ChainFacts, stop: Stop): ChainFacts {
  facts.stop = stop;
  return facts;
}

/** Open: anyone reads and submits; Public: anyone reads; otherwise nothing (§6.1, §9 step 1). */
function anyone(facts: ChainFacts, openness: 'open' | 'public' | null): ChainFacts {
  if (!openness) return stopped(facts, 'no-access');
  facts.via = 'anyone';
  facts.openness = openness;
  facts.grantedLo = outsiderBits(openness, 'lo');
  facts.grantedHi = outsiderBits(openness, 'hi');
  return facts;
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

/** Everything the walk grants after its caps, in the order the steps add them, and as bits. */
export interface Effective {
  permissions: TeamPermission[];
  lo: number;
  hi: number;
}

/**
 * effectivePermissions of the chain without words or Sets (impact previews compare 26,000 places of
 * the huge org): the walk's grants minus what its caps refuse, listed in grantedInOrder's order.
 */
export function effectiveOf(facts: ChainFacts): Effective {
  if (facts.stop) return { permissions: [], lo: 0, hi: 0 };
  const blocked = BLOCKED_BITS[facts.caps] ?? bitsOf([]);
  const lo = facts.grantedLo & ~blocked.lo;
  const hi = facts.grantedHi & ~blocked.hi;
  const permissions: TeamPermission[] = [];
  let seenLo = 0;
  let seenHi = 0;
  const add = (from: Iterable<TeamPermission>) => {
    for (const p of from) {
      const place = bitPlace(p);
      if (!hasBit(lo, hi, place) || hasBit(seenLo, seenHi, place)) continue;
      if (place.high) seenHi |= place.bit;
      else seenLo |= place.bit;
      permissions.push(p);
    }
  };
  add(facts.roleGrants);
  if (facts.manages) add(MANAGEMENT_PERMISSIONS);
  if (facts.ownerUpdate) add(['project:update']);
  if (facts.memberInvite) add(['team:invite_user']);
  if (facts.openness) add(OUTSIDER_READ);
  if (facts.openness === 'open') add(OUTSIDER_SUBMIT);
  return { permissions, lo, hi };
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

/** What a verdict on one permission reads: its bit, the caps that refuse it, its `:own` relatives. */
export interface VerdictPlan {
  place: BitPlace;
  blockedBy: number;
  /** For an `:own` permission, its "anyone's" form; for an "anyone's" one, its `:own` form. */
  any: BitPlace | null;
  own: BitPlace | null;
}

// One per permission, built once: a verdict is one Map read, an AND with the caps and a bit or two.
const PLANS = new Map<TeamPermission, VerdictPlan>(
  PROJECT_PERMISSIONS.map((p) => {
    const any = ANY_VARIANT[p];
    const own = OWN_VARIANT[p];
    return [
      p,
      {
        place: bitPlace(p),
        blockedBy: CAP_ORDER.reduce((bits, cap) => (capBlocks(cap, p) ? bits | cap : bits), 0),
        any: any ? bitPlace(any) : null,
        own: own ? bitPlace(own) : null,
      },
    ];
  }),
);

// Per set of caps (five bits, so 32 sets), the permissions they refuse, as bits.
const BLOCKED_BITS = Array.from({ length: 32 }, (_, caps) =>
  bitsOf(PROJECT_PERMISSIONS.filter((p) => ((PLANS.get(p)?.blockedBy ?? 0) & caps) !== 0)),
);

/** A team permission's plan; undefined for an org permission (or any other string). */
export const verdictPlan = (permission: string): VerdictPlan | undefined =>
  PLANS.get(permission as TeamPermission);

/**
 * The verdict of decide() from the facts alone. `authorId` is the author of the run/report/artifact
 * asked about ('' or undefined for the project or team itself), for `:own` permissions.
 */
export function allowsOnFacts(facts: ChainFacts, permission: TeamPermission, authorId?: string): boolean {
  const plan = PLANS.get(permission);
  return plan !== undefined && allowsOnPlan(facts, plan, authorId);
}

/** allowsOnFacts with the permission's plan already read (allows() reads it first). */
export function allowsOnPlan(facts: ChainFacts, plan: VerdictPlan, authorId?: string): boolean {
  if (facts.stop || (plan.blockedBy & facts.caps) !== 0) return false;
  const lo = facts.grantedLo;
  const hi = facts.grantedHi;
  // Most permissions have no `:own` form: granted or not.
  if (plan.any === null && plan.own === null) return hasBit(lo, hi, plan.place);
  const hasItem = authorId !== undefined && authorId !== '';
  const isAuthor = hasItem && authorId === facts.principal.id;
  const granted = hasBit(lo, hi, plan.place);
  const { any, own } = plan;
  return (
    (granted && !(any && hasItem && !hasBit(lo, hi, any))) ||
    (any !== null && hasBit(lo, hi, any)) ||
    (any !== null && granted && isAuthor) ||
    (own !== null && hasBit(lo, hi, own) && isAuthor)
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
