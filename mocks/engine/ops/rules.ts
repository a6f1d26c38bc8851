// Building blocks of check(): permission gates and the value rules shared by several operations.
import { reservedTeamName } from '../reserved-names';
import type { Decision } from '../decision';
import { isEnterprise, nameOf } from '../lookup';
import type { Org, OrgRole, RoleRef, Seat, World } from '../model';
import { fullSeatInvites, orgUserCounts } from '../org-counts';
import { asForbidden, conflict, forbidden, invalid } from '../reason';
import { BUILTIN_ROLE_LABELS, customRoleOf, isCustomRef, isRoleRef } from '../roles';
import { membershipOf } from '../memberships';

/**
 * Decision (§3): how long an invite lasts after it is sent (or resent). The one place this number is
 * written: handlers build expiries with inviteExpiry(), and the UI reads the number from the API.
 */
export const INVITE_TTL_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;
export function inviteExpiry(sentAt: string): string {
  return new Date(Date.parse(sentAt) + INVITE_TTL_DAYS * DAY_MS).toISOString();
}
export function hasInviteTtlExpiry(sentAt: string, expiresAt: string): boolean {
  return Date.parse(expiresAt) - Date.parse(sentAt) === INVITE_TTL_DAYS * DAY_MS;
}
export const INVITE_TTL_RULE = `Invites expire ${INVITE_TTL_DAYS} days after they are sent`;

/** Full Models seats taken: members holding one plus pending invites that would take one (§2). */
export function fullSeatsInUse(world: World, orgId: string): number {
  return orgUserCounts(world, orgId).fullSeats + fullSeatInvites(world, orgId);
}

export function seatLimitGuard(world: World, org: Org, extraFullSeats: number): Decision | null {
  if (extraFullSeats <= 0) return null;
  const used = fullSeatsInUse(world, org.id);
  if (used + extraFullSeats > org.fullSeatLimit) {
    return conflict(
      `Seat limit reached: ${org.name} uses ${used} of ${org.fullSeatLimit} Full Models seats, counting pending invites`,
    );
  }
  return null;
}

/** Decision (§2): an org Admin holds a Full Models seat; an org Viewer only a Viewer seat or none. */
export function seatFitsRole(role: OrgRole, seat: Seat, field = 'modelsSeat'): Decision | null {
  if (role === 'admin' && seat !== 'full') return invalid(field, 'An org Admin must hold a Full Models seat');
  if (role === 'viewer' && seat === 'full')
    return invalid(field, 'An org Viewer can hold only a Viewer Models seat or none');
  return null;
}

/** Weave access follows the same cap for an org Viewer (§2 Decision): Viewer or none. */
export function weaveFitsRole(role: OrgRole, weave: Seat): Decision | null {
  return role === 'viewer' && weave === 'full'
    ? invalid('weaveAccess', 'An org Viewer can hold only Viewer Weave access or none')
    : null;
}

export function orgRolePlanGate(org: Org, role: OrgRole): Decision | null {
  return role === 'viewer' && !isEnterprise(org)
    ? forbidden('plan', 'The org Viewer role needs an Enterprise license')
    : null;
}

/** Who may hold a team or project role (§4 role constraints), by org role and principal kind. */
export interface Holder {
  name: string;
  kind: 'user' | 'service';
  orgRole: OrgRole | null;
}
/** The principal as a holder in this org (a person outside it holds no org role there). */
export function holderOf(world: World, orgId: string, principalId: string): Holder | null {
  const user = world.users.get(principalId);
  if (user)
    return {
      name: nameOf(world, principalId),
      kind: 'user',
      orgRole: membershipOf(user, orgId)?.orgRole ?? null,
    };
  if (world.serviceAccounts.get(principalId))
    return { name: nameOf(world, principalId), kind: 'service', orgRole: null };
  return null;
}

export function roleAssignable(world: World, org: Org, holder: Holder, role: RoleRef): Decision | null {
  if (!isRoleRef(role))
    return invalid('role', 'Pick a team role: Admin, Member, View-Only, Service or a custom role');
  if (isCustomRef(role)) {
    const custom = customRoleOf(world, role);
    if (!custom || custom.orgId !== org.id)
      return invalid('role', 'No such custom role in this organization');
    if (!isEnterprise(org)) return forbidden('plan', 'Custom roles need an Enterprise license');
    if (holder.kind === 'service')
      return invalid('role', 'A custom role cannot be given to a service account');
    if (holder.orgRole !== 'member')
      return invalid('role', `A custom role can be given only to org Members; ${holder.name} is not one`);
    return null;
  }
  if ((role === 'viewer' || role === 'service') && !isEnterprise(org)) {
    return forbidden('plan', `The ${BUILTIN_ROLE_LABELS[role]} role needs an Enterprise license`);
  }
  if (holder.orgRole === 'viewer' && role !== 'viewer') {
    return invalid('role', `${holder.name} is an org Viewer and can only be View-Only in a team`);
  }
  // Decision: a service account automates work; it never administers a team.
  if (holder.kind === 'service' && role === 'admin')
    return invalid('role', 'A service account cannot be a team Admin');
  return null;
}

export function first(...checks: (() => Decision | null)[]): Decision | null {
  for (const c of checks) {
    const d = c();
    if (d) return d;
  }
  return null;
}

export const DOMAIN_RE = /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
export const TEAM_NAME_RE = /^[a-z0-9_-]{3,32}$/;

/** A new team's name: its shape, reserved words, and free across the world (names are URLs). */
export function teamNameRules(world: World, name: string): Decision | null {
  return first(
    () => (TEAM_NAME_RE.test(name) ? null : invalid('name', 'Use 3–32 lowercase letters, digits, - or _')),
    () => {
      const reserved = reservedTeamName(name);
      return reserved ? invalid('name', reserved) : null;
    },
    () =>
      world.teams.values().some((t) => t.name === name) ? conflict(`The team name ${name} is taken`) : null,
  );
}
export const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A refused gate becomes a 403; else run the remaining rules, and answer with the gate's reasons. */
export function thenCheck(gateDecision: Decision, rest: () => Decision | null): Decision {
  if (!gateDecision.allowed) return asForbidden(gateDecision);
  return rest() ?? gateDecision;
}
