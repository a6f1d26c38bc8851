// From request to engine and back for invites: resolve who an email or username names, build the
// would-be Invite, and describe a stored invite for the API. No rules here: check() decides.
import type { Invite, Org, RoleRef, User, World } from '../../engine/index';
import { inviteExpiry, roleLabel } from '../../engine/index';
import type { InviteDetail, Invitee, InviteTeam } from '../../../src/api/invites';

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The person with this email or username, if they already have an account anywhere. */
export function findPerson(world: World, emailOrUsername: string): User | null {
  for (const u of world.users.values()) {
    if (same(u.email, emailOrUsername) || same(u.username, emailOrUsername)) return u;
  }
  return null;
}

export function inviteeOf(world: World, person: User | null): Invitee | null {
  if (!person) return null;
  return {
    name: person.name || person.username,
    username: person.username,
    email: person.email,
    orgName:
      person.orgs
        .map((m) => world.orgs.get(m.orgId)?.name ?? '')
        .filter(Boolean)
        .join(', ') || null,
  };
}

const ROLE_REF_RE = /^(admin|member|viewer|service|custom:.+)$/;
/** The contract's team role string as the engine's RoleRef (the schema already checked its shape). */
export function toRoleRef(role: string): RoleRef {
  if (!ROLE_REF_RE.test(role)) throw new Error(`Not a team role: ${role}`);
  return role as RoleRef;
}

export interface InviteDraft {
  email: string;
  orgRole: Invite['orgRole'];
  modelsSeat: Invite['modelsSeat'];
  weaveAccess?: Invite['weaveAccess'] | undefined;
  teams: InviteTeam[];
}

/**
 * A new pending invite. A username (or an email of an existing account) is resolved to that
 * person's email, so the invite row, duplicates and acceptance all use one address.
 */
export function buildInvite(
  world: World,
  args: { id: string; org: Org; invitedById: string; now: string; draft: InviteDraft },
): { invite: Invite; person: User | null } {
  const { draft } = args;
  const person = findPerson(world, draft.email);
  const invite: Invite = {
    id: args.id,
    orgId: args.org.id,
    email: person ? person.email : draft.email.trim(),
    orgRole: draft.orgRole,
    modelsSeat: draft.modelsSeat,
    // Weave access follows the Models seat unless asked otherwise: the dialog offers one seat choice.
    weaveAccess: draft.weaveAccess ?? draft.modelsSeat,
    teams: draft.teams.map((t) => ({ teamId: t.teamId, role: toRoleRef(t.role) })),
    invitedById: args.invitedById,
    sentAt: args.now,
    expiresAt: inviteExpiry(args.now),
    status: 'pending',
  };
  return { invite, person };
}

export function describeInvite(world: World, invite: Invite, now: string): InviteDetail {
  return {
    id: invite.id,
    email: invite.email,
    orgRole: invite.orgRole,
    modelsSeat: invite.modelsSeat,
    weaveAccess: invite.weaveAccess,
    teams: invite.teams.map((t) => ({
      teamId: t.teamId,
      name: world.teams.get(t.teamId)?.name ?? 'a deleted team',
      role: t.role,
      roleLabel: roleLabel(world, t.role),
    })),
    invitedBy: world.users.get(invite.invitedById)?.name ?? 'a former member',
    sentAt: invite.sentAt,
    expiresAt: invite.expiresAt,
    status: invite.expiresAt <= now ? 'expired' : 'invited',
  };
}

export const REFUSAL_STATUS = { forbidden: 403, conflict: 409, invalid: 422, 'not-found': 404 } as const;
