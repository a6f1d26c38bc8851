// Org invites (§3.1, §4 team invites): who may invite, duplicates, seats, expiry (INVITE_TTL_DAYS).
// Accepting one is an arrival (ops/arrivals).
import type { Decision, Reason } from '../../decision';
import { decide } from '../../decide';
import type { Actor, Invite, OrgRole, Org, RoleRef, Seat, World } from '../../model';
import { personByEmailOrUsername } from '../../people-index';
import { allowed, asForbidden, conflict, deny, invalid, notFound, refused } from '../../reason';
import { defineFamily, noScope, operation } from '../define';
import {
  EMAIL_RE,
  first,
  hasInviteTtlExpiry,
  INVITE_TTL_RULE,
  orgRolePlanGate,
  roleAssignable,
  seatFitsRole,
  weaveFitsRole,
  seatLimitGuard,
} from '../rules';
import { belongsTo } from '../../memberships';

const sameEmail = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Org admins invite anyone. Others may send an org-Member invite only for teams where they may
 * invite (team admins, or members when the team allows it), with a Member or View-Only team role.
 */
function mayInvite(
  world: World,
  actor: Actor,
  org: Org,
  invite: Pick<Invite, 'orgRole' | 'teams'>,
): Decision {
  const asAdmin = decide(world, actor, 'organization:invite_user', { kind: 'org', orgId: org.id });
  if (asAdmin.allowed) return asAdmin;
  if (invite.teams.length === 0 || invite.orgRole !== 'member') return asForbidden(asAdmin);
  const reasons: Reason[] = [];
  for (const t of invite.teams) {
    const d = decide(world, actor, 'team:invite_user', { kind: 'team', teamId: t.teamId });
    if (!d.allowed) return asForbidden(asAdmin);
    const manages = decide(world, actor, 'team:update_role', { kind: 'team', teamId: t.teamId }).allowed;
    if (!manages && t.role !== 'member' && t.role !== 'viewer') {
      return refused('forbidden', [
        ...d.reasons,
        deny('team', 'Members who invite may only add Members or View-Only users'),
      ]);
    }
    reasons.push(...d.reasons);
  }
  return allowed(reasons);
}

/** The value rules of an invite, for create and update alike. */
function validateInvite(
  world: World,
  org: Org,
  invite: Pick<Invite, 'email' | 'orgRole' | 'modelsSeat' | 'weaveAccess' | 'teams'>,
): Decision | null {
  return first(
    () => orgRolePlanGate(org, invite.orgRole),
    () => seatFitsRole(invite.orgRole, invite.modelsSeat),
    // As for a member: an invited org Viewer may not arrive holding Full Weave access.
    () => weaveFitsRole(invite.orgRole, invite.weaveAccess),
    () => {
      const seen = new Set<string>();
      for (const t of invite.teams) {
        const team = world.teams.get(t.teamId);
        if (!team || team.orgId !== org.id) return notFound('No such team in this organization');
        if (seen.has(t.teamId)) return invalid('teams', `Team ${team.name} is listed twice`);
        seen.add(t.teamId);
        const bad = roleAssignable(
          world,
          org,
          { name: invite.email, kind: 'user', orgRole: invite.orgRole },
          t.role,
        );
        if (bad) return bad.refusal === 'invalid' ? { ...bad, field: 'teams' } : bad;
      }
      return null;
    },
  );
}

function checkCreate(world: World, actor: Actor, invite: Invite): Decision {
  const org = world.orgs.get(invite.orgId);
  if (!org) return notFound('No such organization');
  const gate = mayInvite(world, actor, org, invite);
  if (!gate.allowed) return gate;
  const refusal = first(
    () => (world.invites.get(invite.id) ? conflict('An invite with this id already exists') : null),
    () => (invite.status === 'pending' ? null : invalid('status', 'A new invite is pending')),
    () => {
      const known = personByEmailOrUsername(world, invite.email);
      return known || EMAIL_RE.test(invite.email.trim())
        ? null
        : invalid('email', `${invite.email} is neither an email address nor a username`);
    },
    () =>
      hasInviteTtlExpiry(invite.sentAt, invite.expiresAt) ? null : invalid('expiresAt', INVITE_TTL_RULE),
    () => validateInvite(world, org, invite),
    () => {
      const known = personByEmailOrUsername(world, invite.email);
      return known && belongsTo(known, org.id)
        ? conflict(`${known.name || known.username} is already a member of ${org.name}`)
        : null;
    },
    () => {
      const pending = world.invites
        .values()
        .find((i) => i.orgId === org.id && i.status === 'pending' && sameEmail(i.email, invite.email));
      return pending ? conflict(`${invite.email} is already invited to ${org.name}`) : null;
    },
    () => (invite.modelsSeat === 'full' ? seatLimitGuard(world, org, 1) : null),
  );
  return refusal ?? gate;
}

/** A pending invite, the org gate (mayInvite), then the operation's own rules. */
function pendingInviteCheck(
  world: World,
  actor: Actor,
  inviteId: string,
  rules: (invite: Invite, org: Org) => Decision | null,
): Decision {
  const invite = world.invites.get(inviteId);
  const org = invite ? world.orgs.get(invite.orgId) : undefined;
  if (!invite || !org) return notFound('No such invite');
  const gate = mayInvite(world, actor, org, invite);
  if (!gate.allowed) return gate;
  const stillPending = (): Decision | null =>
    invite.status === 'pending'
      ? null
      : conflict(`This invite was already ${invite.status === 'accepted' ? 'accepted' : 'revoked'}`);
  return first(stillPending, () => rules(invite, org)) ?? gate;
}

interface InviteEdit {
  inviteId: string;
  orgRole?: OrgRole;
  modelsSeat?: Seat;
  weaveAccess?: Seat;
  teams?: { teamId: string; role: RoleRef }[];
}

/**
 * The invite as the edit leaves it. Made an org Viewer without a word on Weave, its Full Weave access
 * becomes Viewer access, as a member's does on becoming a Viewer (an org Viewer holds no Full seat).
 */
function edited(invite: Invite, op: InviteEdit): Invite {
  const next: Invite = {
    ...invite,
    orgRole: op.orgRole ?? invite.orgRole,
    modelsSeat: op.modelsSeat ?? invite.modelsSeat,
    weaveAccess: op.weaveAccess ?? invite.weaveAccess,
    teams: op.teams ?? invite.teams,
  };
  const capped = op.weaveAccess === undefined && next.orgRole === 'viewer' && next.weaveAccess === 'full';
  return capped ? { ...next, weaveAccess: 'viewer' } : next;
}

export const inviteOperations = defineFamily({
  'invite.create': operation<{ invite: Invite }>({
    check: (world, actor, op) => checkCreate(world, actor, op.invite),
    apply: (draft, _actor, op) => draft.set('invites', op.invite.id, op.invite),
    impactScope: noScope,
  }),

  'invite.resend': operation<{ inviteId: string; sentAt: string; expiresAt: string }>({
    check: (world, actor, op) =>
      pendingInviteCheck(world, actor, op.inviteId, () =>
        hasInviteTtlExpiry(op.sentAt, op.expiresAt) ? null : invalid('expiresAt', INVITE_TTL_RULE),
      ),
    apply: (draft, _actor, op) =>
      draft.update('invites', op.inviteId, (i) => ({ ...i, sentAt: op.sentAt, expiresAt: op.expiresAt })),
    impactScope: noScope,
  }),

  'invite.revoke': operation<{ inviteId: string }>({
    check: (world, actor, op) => pendingInviteCheck(world, actor, op.inviteId, () => null),
    apply: (draft, _actor, op) => draft.update('invites', op.inviteId, (i) => ({ ...i, status: 'revoked' })),
    impactScope: noScope,
  }),

  'invite.update': operation<InviteEdit>({
    check: (world, actor, op) =>
      pendingInviteCheck(world, actor, op.inviteId, (invite, org) => {
        const next = edited(invite, op);
        return first(
          () => {
            const d = mayInvite(world, actor, org, next);
            return d.allowed ? null : d;
          },
          () => validateInvite(world, org, next),
          () =>
            next.modelsSeat === 'full' && invite.modelsSeat !== 'full' ? seatLimitGuard(world, org, 1) : null,
        );
      }),
    apply: (draft, _actor, op) => draft.update('invites', op.inviteId, (i) => edited(i, op)),
    impactScope: noScope,
  }),
});
