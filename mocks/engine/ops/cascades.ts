// Cascades shared by several operations in apply(): leaving a team, team-role changes that move
// tracking project roles, newcomers joining teams.
import { fullSeatsInUse } from './rules';
import type { Org, Project, RoleRef, Seat, User } from '../model';
import { customRoleId, isCustomRef } from '../roles';
import type { Draft } from '../world-edit';
import { membershipOf, withMembership } from '../memberships';

export function projectsOfTeam(draft: Draft, teamId: string): Project[] {
  return draft.all('projects').filter((p) => p.teamId === teamId);
}

/** Drop a principal's Restricted membership and project role in one project. */
export function dropFromProject(draft: Draft, project: Project, principalId: string): void {
  const listed = project.restrictedMembers.includes(principalId);
  const overridden = project.roleOverrides.has(principalId);
  if (!listed && !overridden) return;
  draft.set('projects', project.id, {
    ...project,
    restrictedMembers: listed
      ? project.restrictedMembers.filter((id) => id !== principalId)
      : project.restrictedMembers,
    roleOverrides: project.roleOverrides.without(principalId),
  });
}

export function removeFromTeam(draft: Draft, teamId: string, principalId: string): void {
  draft.update('teams', teamId, (t) => ({ ...t, members: t.members.without(principalId) }));
  for (const p of projectsOfTeam(draft, teamId)) dropFromProject(draft, p, principalId);
}

/**
 * New team role: projects without an override follow it by themselves; an override equal to the new
 * role is dropped (tracking resumes, §6.2); a View-Only user keeps no project roles.
 */
export function setTeamRole(draft: Draft, teamId: string, principalId: string, role: RoleRef): void {
  draft.update('teams', teamId, (t) => {
    const current = t.members.get(principalId);
    return current ? { ...t, members: t.members.with(principalId, { ...current, role }) } : t;
  });
  for (const p of projectsOfTeam(draft, teamId)) {
    const override = p.roleOverrides.get(principalId);
    if (override !== undefined && (override === role || role === 'viewer')) {
      draft.set('projects', p.id, { ...p, roleOverrides: p.roleOverrides.without(principalId) });
    }
  }
}

/** Why held roles change with an org role (said in previews and the audit log). */
export const HELD_ROLE_RULES = {
  customFallback: 'Custom roles are for org Members only, so each falls back to its base role.',
  viewerOnly: 'An org Viewer is View-Only in every team, and keeps no project roles.',
} as const;

/**
 * Decision (ADR 0015): custom roles are for org Members only (§4), so a person who stops being one
 * falls back from each custom team or project role to that role's base role, as if it were deleted.
 */
export function dropCustomRoles(draft: Draft, orgId: string, userId: string): void {
  const baseOf = (role: RoleRef): RoleRef =>
    isCustomRef(role) ? (draft.get('customRoles', customRoleId(role))?.base ?? 'member') : role;
  for (const team of draft.all('teams')) {
    const role = team.orgId === orgId ? team.members.get(userId)?.role : undefined;
    if (role !== undefined && isCustomRef(role)) setTeamRole(draft, team.id, userId, baseOf(role));
  }
  for (const p of draft.all('projects')) {
    const override = p.roleOverrides.get(userId);
    if (override === undefined || !isCustomRef(override)) continue;
    const teamRole = draft.get('teams', p.teamId)?.members.get(userId)?.role;
    const base = baseOf(override);
    draft.set('projects', p.id, {
      ...p,
      roleOverrides: base === teamRole ? p.roleOverrides.without(userId) : p.roleOverrides.with(userId, base),
    });
  }
}

export function addToTeam(
  draft: Draft,
  teamId: string,
  principalId: string,
  role: RoleRef,
  at: string,
): void {
  // Joined by any way (an invite, an admin's add, auto-add): a pending request to join is answered.
  draft.update('teams', teamId, (t) => {
    const asked = (t.joinRequests ?? []).some((r) => r.userId === principalId);
    if (t.members.has(principalId) && !asked) return t;
    return {
      ...t,
      members: t.members.has(principalId) ? t.members : t.members.with(principalId, { role, joinedAt: at }),
      ...(asked ? { joinRequests: (t.joinRequests ?? []).filter((r) => r.userId !== principalId) } : {}),
    };
  });
}

/** A newcomer joins the given teams, then every team of the org with auto-add on (§3.4), as Member. */
export function joinTeams(
  draft: Draft,
  orgId: string,
  userId: string,
  teams: { teamId: string; role: RoleRef }[],
  at: string,
): void {
  for (const t of teams) {
    const team = draft.get('teams', t.teamId);
    if (team && team.orgId === orgId) addToTeam(draft, t.teamId, userId, t.role, at);
  }
  const user = draft.get('users', userId);
  const viewer = user !== undefined && membershipOf(user, orgId)?.orgRole === 'viewer';
  for (const team of draft.all('teams')) {
    if (team.orgId === orgId && team.settings.autoAddNewUsers)
      addToTeam(draft, team.id, userId, viewer ? 'viewer' : 'member', at);
  }
}

/** Decision: arrivals without an invite (domain capture, SSO) get a Full seat while one is free, else a Viewer seat. */
export function arrivalSeat(draft: Draft, org: Org): Seat {
  return fullSeatsInUse(draft.done(), org.id) < org.fullSeatLimit ? 'full' : 'viewer';
}

/**
 * Someone whose verified email domain the org claims joins it, if not in it yet, as a Member with an
 * arrival seat, as a sign-up from the domain would. Returns the person as they are now.
 */
export function joinOrgByDomain(draft: Draft, org: Org, user: User, at: string): User {
  if (membershipOf(user, org.id)) return user;
  const seat = arrivalSeat(draft, org);
  const next = withMembership(user, org.id, {
    orgId: org.id,
    orgRole: 'member',
    modelsSeat: seat,
    weaveAccess: seat,
    joinedVia: 'domain-capture',
    joinedAt: at,
  });
  draft.set('users', user.id, next);
  return next;
}
