// check() for org invites (§3.1, §4 team invites): who may invite, duplicates, seats, expiry (INVITE_TTL_DAYS).
import {
  EMAIL_RE,
  first,
  hasInviteTtlExpiry,
  INVITE_TTL_RULE,
  orgRolePlanGate,
  roleAssignable,
  seatFitsRole,
  seatLimitGuard,
} from './check-helpers';
import type { Decision } from './decision';
import { personByEmailOrUsername } from './people-index';
import { decide } from './decide';
import type { Actor, Invite, Org, World } from './model';
import type { Operation } from './operations';
import type { Reason } from './decision';
import { allowed, asForbidden, conflict, deny, invalid, notFound, refused } from './reason';

type Op<T extends Operation['type']> = Extract<Operation, { type: T }>;
type InviteOp = Op<'invite.create' | 'invite.resend' | 'invite.revoke' | 'invite.update'>;

const sameEmail = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The existing person an invite addresses (by email or username), if any. */
export function inviteePerson(world: World, emailOrUsername: string) {
  return personByEmailOrUsername(world, emailOrUsername);
}

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
  invite: Pick<Invite, 'email' | 'orgRole' | 'modelsSeat' | 'teams'>,
): Decision | null {
  return first(
    () => orgRolePlanGate(org, invite.orgRole),
    () => seatFitsRole(invite.orgRole, invite.modelsSeat),
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

export function checkInviteOp(world: World, actor: Actor, op: InviteOp): Decision {
  if (op.type === 'invite.create') return checkCreate(world, actor, op.invite);
  const invite = world.invites.get(op.inviteId);
  const org = invite ? world.orgs.get(invite.orgId) : undefined;
  if (!invite || !org) return notFound('No such invite');
  const gate = mayInvite(world, actor, org, invite);
  if (!gate.allowed) return gate;
  const stillPending = (): Decision | null =>
    invite.status === 'pending'
      ? null
      : conflict(`This invite was already ${invite.status === 'accepted' ? 'accepted' : 'revoked'}`);
  let refusal: Decision | null = null;
  switch (op.type) {
    case 'invite.revoke':
      refusal = stillPending();
      break;
    case 'invite.resend':
      refusal = first(stillPending, () =>
        hasInviteTtlExpiry(op.sentAt, op.expiresAt) ? null : invalid('expiresAt', INVITE_TTL_RULE),
      );
      break;
    case 'invite.update': {
      const next = { ...invite, ...definedOnly(op) };
      refusal = first(
        stillPending,
        () => {
          const d = mayInvite(world, actor, org, next);
          return d.allowed ? null : d;
        },
        () => validateInvite(world, org, next),
        () =>
          next.modelsSeat === 'full' && invite.modelsSeat !== 'full' ? seatLimitGuard(world, org, 1) : null,
      );
      break;
    }
  }
  return refusal ?? gate;
}

function definedOnly(op: Op<'invite.update'>): Partial<Invite> {
  const out: Partial<Invite> = {};
  if (op.orgRole !== undefined) out.orgRole = op.orgRole;
  if (op.modelsSeat !== undefined) out.modelsSeat = op.modelsSeat;
  if (op.weaveAccess !== undefined) out.weaveAccess = op.weaveAccess;
  if (op.teams !== undefined) out.teams = op.teams;
  return out;
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
      const known = inviteePerson(world, invite.email);
      return known || EMAIL_RE.test(invite.email.trim())
        ? null
        : invalid('email', `${invite.email} is neither an email address nor a username`);
    },
    () =>
      hasInviteTtlExpiry(invite.sentAt, invite.expiresAt) ? null : invalid('expiresAt', INVITE_TTL_RULE),
    () => validateInvite(world, org, invite),
    () => {
      const known = inviteePerson(world, invite.email);
      return known && known.orgId === org.id
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
