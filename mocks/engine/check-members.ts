// check() for org members (§2): org role, seats, removal — with the last-admin and seat guards.
import {
  first,
  orgRolePlanGate,
  seatFitsRole,
  seatLimitGuard,
  thenCheck,
  weaveFitsRole,
} from './check-helpers';
import type { Decision } from './decision';
import { decide } from './decide';
import { nameOf, orgAdminCount, teamAdminCount } from './lookup';
import type { Actor, OrgRole, Seat, Team, World } from './model';
import type { Operation } from './operations';
import { conflict, notFound } from './reason';
import { ORG_ADMIN, ORG_ROLE_LABELS } from './roles';

type Op<T extends Operation['type']> = Extract<Operation, { type: T }>;
type MemberOp = Op<'member.setOrgRole' | 'member.setSeat' | 'member.remove'>;

/** One request's change to a member: the org role and seats together. */
export interface MemberChange {
  orgRole?: OrgRole;
  modelsSeat?: Seat;
  weaveAccess?: Seat;
}

/**
 * The operations for a member change (role first: it sets the seat the role needs, then the seats
 * asked for). A seat left out follows the role; a seat the request names must fit the role it names,
 * or the change is refused (422) rather than silently corrected.
 */
export function memberChangeOps(
  userId: string,
  change: MemberChange,
): { ok: true; ops: Operation[] } | { ok: false; refused: Decision } {
  if (change.orgRole !== undefined) {
    const role = change.orgRole;
    const contradiction = first(
      () => (change.modelsSeat !== undefined ? seatFitsRole(role, change.modelsSeat) : null),
      () => (change.weaveAccess !== undefined ? weaveFitsRole(role, change.weaveAccess) : null),
    );
    if (contradiction) return { ok: false, refused: contradiction };
  }
  const ops: Operation[] = [];
  if (change.orgRole !== undefined) ops.push({ type: 'member.setOrgRole', userId, role: change.orgRole });
  if (change.modelsSeat !== undefined || change.weaveAccess !== undefined)
    ops.push({
      type: 'member.setSeat',
      userId,
      ...(change.modelsSeat !== undefined ? { modelsSeat: change.modelsSeat } : {}),
      ...(change.weaveAccess !== undefined ? { weaveAccess: change.weaveAccess } : {}),
    });
  return { ok: true, ops };
}

/** Teams where this principal is the only Admin. */
export function soleAdminTeams(world: World, principalId: string): Team[] {
  return world.teams
    .values()
    .filter((t) => t.members.get(principalId)?.role === 'admin' && teamAdminCount(t) === 1);
}

export function checkMemberOp(world: World, actor: Actor, op: MemberOp): Decision {
  const user = world.users.get(op.userId);
  const org = user?.orgId ? world.orgs.get(user.orgId) : undefined;
  if (!user || !org) return notFound('No such user in this organization');
  const resource = { kind: 'org', orgId: org.id } as const;
  const name = nameOf(world, user.id);
  const lastAdmin = (): Decision | null =>
    user.orgRole === 'admin' && orgAdminCount(world, org.id) <= 1
      ? conflict(
          `${name} is the last ${ORG_ADMIN} of ${org.name}; make someone else an ${ORG_ROLE_LABELS.admin} first`,
        )
      : null;

  switch (op.type) {
    case 'member.setOrgRole':
      return thenCheck(decide(world, actor, 'organization:update_member', resource), () => {
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
          () => {
            // Becoming a Viewer turns every team role into View-Only, so a sole team Admin cannot.
            const sole = op.role === 'viewer' ? soleAdminTeams(world, user.id)[0] : undefined;
            return sole
              ? conflict(
                  `${name} is the last Admin of team ${sole.name}; make someone else a team Admin first`,
                )
              : null;
          },
        );
      });
    case 'member.setSeat':
      return thenCheck(decide(world, actor, 'organization:update_member', resource), () => {
        const seat = op.modelsSeat ?? user.modelsSeat;
        return first(
          () => seatFitsRole(user.orgRole, seat),
          () => weaveFitsRole(user.orgRole, op.weaveAccess ?? user.weaveAccess),
          () => (seat === 'full' && user.modelsSeat !== 'full' ? seatLimitGuard(world, org, 1) : null),
        );
      });
    case 'member.remove':
      return thenCheck(decide(world, actor, 'organization:remove_user', resource), () =>
        first(lastAdmin, () => {
          const sole = soleAdminTeams(world, user.id).find((t) => t.members.keys().length > 1);
          return sole
            ? conflict(`${name} is the last Admin of team ${sole.name}; make someone else a team Admin first`)
            : null;
        }),
      );
  }
}
