// Org members and seats (§2): org role, seats, removal, with the last-admin and seat guards.
import type { Decision } from '../../decision';
import { decide } from '../../decide';
import { nameOf, orgAdminCount, teamAdminCount, teamsOf } from '../../lookup';
import { memberOf, membershipOf, patchMembership, withMembership } from '../../memberships';
import type { Actor, Org, OrgMember, OrgMembership, OrgRole, Seat, Team, User, World } from '../../model';
import type { OrgPermission } from '../../permissions';
import type { Draft } from '../../world-edit';
import { conflict, notFound } from '../../reason';
import { ORG_ADMIN, ORG_ROLE_LABELS } from '../../roles';
import { dropCustomRoles, dropFromProject, setTeamRole } from '../cascades';
import { defineFamily, operation, type OperationsOf } from '../define';
import { first, orgRolePlanGate, seatFitsRole, seatLimitGuard, thenCheck, weaveFitsRole } from '../rules';
import { memberScope } from './scope';

/** This org's teams where this principal is the only Admin (their teams in other orgs are not at stake). */
function soleAdminTeams(world: World, principalId: string, orgId: string): Team[] {
  return teamsOf(world, principalId).filter(
    (t) => t.orgId === orgId && t.members.get(principalId)?.role === 'admin' && teamAdminCount(t) === 1,
  );
}

interface Member {
  user: OrgMember;
  org: Org;
  name: string;
  /** Refuses when this member is the org's last Admin. */
  lastAdmin: () => Decision | null;
}

/** The member, then the org gate, then the operation's own rules. */
function memberCheck(
  world: World,
  actor: Actor,
  target: { orgId: string; userId: string },
  permission: OrgPermission,
  rules: (member: Member) => Decision | null,
): Decision {
  const org = world.orgs.get(target.orgId);
  if (!org) return notFound('No such organization');
  const user = memberOf(world, target.userId, org.id);
  if (!user) return notFound('No such user in this organization');
  const name = nameOf(world, user.id);
  const lastAdmin = (): Decision | null =>
    user.orgRole === 'admin' && orgAdminCount(world, org.id) <= 1
      ? conflict(
          `${name} is the last ${ORG_ADMIN} of ${org.name}; make someone else an ${ORG_ROLE_LABELS.admin} first`,
        )
      : null;
  return thenCheck(decide(world, actor, permission, { kind: 'org', orgId: org.id }), () =>
    rules({ user, org, name, lastAdmin }),
  );
}

const soleTeamAdmin = (name: string, team: Team | undefined): Decision | null =>
  team
    ? conflict(`${name} is the last Admin of team ${team.name}; make someone else a team Admin first`)
    : null;

/** The person and their membership of the org, or nothing for someone outside it. */
function orgMember(
  draft: Draft,
  orgId: string,
  userId: string,
): { person: User; user: OrgMembership; orgId: string; orgTeams: Team[] } | null {
  const person = draft.get('users', userId);
  const user = person ? membershipOf(person, orgId) : undefined;
  if (!person || !user) return null;
  return { person, user, orgId, orgTeams: draft.all('teams').filter((t) => t.orgId === orgId) };
}

/** Which org and person a member operation is about: a person may belong to several orgs. */
interface MemberTarget {
  orgId: string;
  userId: string;
}

export const memberOperations = defineFamily({
  'member.setOrgRole': operation<MemberTarget & { role: OrgRole }>({
    check: (world, actor, op) =>
      memberCheck(world, actor, op, 'organization:update_member', ({ user, org, name, lastAdmin }) => {
        if (op.role === user.orgRole) return null;
        return first(
          () => orgRolePlanGate(org, op.role),
          () => (op.role !== 'admin' ? lastAdmin() : null),
          // Promotion gives a Full seat (an Admin must hold one), which needs a free seat.
          () => (op.role === 'admin' && user.modelsSeat !== 'full' ? seatLimitGuard(world, org, 1) : null),
          () =>
            op.role === 'viewer' && org.billingAdminId === user.id
              ? conflict(
                  `${name} is the billing admin; an org Viewer cannot be. Assign another billing admin first`,
                )
              : null,
          // Becoming a Viewer turns every team role into View-Only, so a sole team Admin cannot.
          () => (op.role === 'viewer' ? soleTeamAdmin(name, soleAdminTeams(world, user.id, org.id)[0]) : null),
        );
      }),
    apply: (draft, _actor, op) => {
      const member = orgMember(draft, op.orgId, op.userId);
      if (!member) return;
      const { person, user, orgId, orgTeams } = member;
      // An Admin holds a Full seat; a Viewer cannot (Decision §2): the seat follows the role.
      const modelsSeat =
        op.role === 'admin'
          ? 'full'
          : op.role === 'viewer' && user.modelsSeat === 'full'
            ? 'viewer'
            : user.modelsSeat;
      // Weave access is capped the same way for a Viewer.
      const weaveAccess = op.role === 'viewer' && user.weaveAccess === 'full' ? 'viewer' : user.weaveAccess;
      draft.set(
        'users',
        person.id,
        patchMembership(person, orgId, { orgRole: op.role, modelsSeat, weaveAccess }),
      );
      // An org admin who joined Restricted projects of teams they are not in leaves them with the role.
      if (user.orgRole === 'admin' && op.role !== 'admin') {
        const notIn = new Set(orgTeams.filter((t) => !t.members.has(person.id)).map((t) => t.id));
        for (const p of draft.all('projects')) if (notIn.has(p.teamId)) dropFromProject(draft, p, person.id);
      }
      if (op.role !== 'member') dropCustomRoles(draft, orgId, person.id);
      if (op.role === 'viewer') {
        // An org Viewer is only ever View-Only in a team (§4).
        for (const t of orgTeams)
          if (t.members.get(person.id) && t.members.get(person.id)?.role !== 'viewer')
            setTeamRole(draft, t.id, person.id, 'viewer');
      }
    },
    impactScope: (before, after, op) => memberScope(before, after, op.orgId, op.userId),
  }),

  'member.setSeat': operation<MemberTarget & { modelsSeat?: Seat; weaveAccess?: Seat }>({
    check: (world, actor, op) =>
      memberCheck(world, actor, op, 'organization:update_member', ({ user, org }) => {
        const seat = op.modelsSeat ?? user.modelsSeat;
        return first(
          () => seatFitsRole(user.orgRole, seat),
          () => weaveFitsRole(user.orgRole, op.weaveAccess ?? user.weaveAccess),
          () => (seat === 'full' && user.modelsSeat !== 'full' ? seatLimitGuard(world, org, 1) : null),
        );
      }),
    apply: (draft, _actor, op) => {
      const member = orgMember(draft, op.orgId, op.userId);
      if (!member) return;
      const { person, user } = member;
      draft.set(
        'users',
        person.id,
        patchMembership(person, op.orgId, {
          modelsSeat: op.modelsSeat ?? user.modelsSeat,
          weaveAccess: op.weaveAccess ?? user.weaveAccess,
        }),
      );
    },
    impactScope: (before, after, op) => memberScope(before, after, op.orgId, op.userId),
  }),

  'member.remove': operation<MemberTarget>({
    check: (world, actor, op) =>
      memberCheck(world, actor, op, 'organization:remove_user', ({ user, org, name, lastAdmin }) =>
        // Even a team they are alone in: left empty, whoever joined it next (a service account, a
        // Member) would hold it with no Admin (ADR 0015).
        first(lastAdmin, () => soleTeamAdmin(name, soleAdminTeams(world, user.id, org.id)[0])),
      ),
    apply: (draft, _actor, op) => {
      const member = orgMember(draft, op.orgId, op.userId);
      if (!member) return;
      const { person: user, orgId, orgTeams } = member;
      // Their runs, reports, artifacts and project ownerships stay (§3): only access goes.
      const teamIds = new Set(orgTeams.map((t) => t.id));
      for (const t of orgTeams)
        if (t.members.get(user.id)) draft.set('teams', t.id, { ...t, members: t.members.without(user.id) });
      for (const p of draft.all('projects')) if (teamIds.has(p.teamId)) dropFromProject(draft, p, user.id);
      draft.update('orgs', orgId, (o) => (o.billingAdminId === user.id ? { ...o, billingAdminId: null } : o));
      // Only this org's membership goes: their other orgs, teams and seats stay as they were.
      draft.set('users', user.id, withMembership(user, orgId, null));
    },
    impactScope: (before, after, op) => memberScope(before, after, op.orgId, op.userId),
  }),
});

export type MemberOperation = OperationsOf<typeof memberOperations>;
