// Audit text for changes to org members, invites and arrivals.
import { memberOf, type Operation, type World } from '../../engine/index';
import {
  membershipsOf,
  orgRole,
  principalName,
  seat,
  teamList,
  whose,
  fieldChanges,
  type DescribeContext,
  type Described,
} from './names';

type MemberOp = Extract<
  Operation,
  {
    type:
      | 'member.setOrgRole'
      | 'member.setSeat'
      | 'member.remove'
      | 'invite.accept'
      | 'signup'
      | 'sso.signIn'
      | 'instance.setup';
  }
>;
type InviteOp = Extract<
  Operation,
  { type: 'invite.create' | 'invite.resend' | 'invite.revoke' | 'invite.update' }
>;

/** The person's fields in one org (a person in several orgs has a role, seats and teams in each). */
function memberFields(world: World, orgId: string | null, userId: string): [string, string | null][] {
  const member = memberOf(world, userId, orgId);
  const teams = member ? teamList(world, membershipsOf(world, userId, orgId)) : null;
  return [
    ['Org role', member ? orgRole(member.orgRole) : null],
    ['Models seat', member ? seat(member.modelsSeat) : null],
    ['Weave access', member ? seat(member.weaveAccess) : null],
    ['Teams', teams],
  ];
}

/** Every member field of that org that differs, cascades included (e.g. team roles turned View-Only). */
function memberDiff(ctx: DescribeContext, orgId: string | null, userId: string) {
  return fieldChanges(ctx, (w) => memberFields(w, orgId, userId));
}

/** The org an arrival joined: the one the person is in after it and was not before. */
function joinedOrg(ctx: DescribeContext, userId: string): string | null {
  const before = new Set(ctx.before.users.get(userId)?.orgs.map((m) => m.orgId));
  return ctx.after.users.get(userId)?.orgs.find((m) => !before.has(m.orgId))?.orgId ?? null;
}

function orgName(world: World, orgId: string | null | undefined): string {
  return (orgId && world.orgs.get(orgId)?.name) || 'no organization';
}

export function describeMember(ctx: DescribeContext, op: MemberOp): Described {
  const base = {
    orgId:
      op.type === 'member.setOrgRole' || op.type === 'member.setSeat' || op.type === 'member.remove'
        ? op.orgId
        : joinedOrg(ctx, op.person.id),
  };
  switch (op.type) {
    case 'member.setOrgRole': {
      const from = memberOf(ctx.before, op.userId, op.orgId);
      const target = { kind: 'user' as const, id: op.userId, name: principalName(ctx, op.userId) };
      const was = from ? orgRole(from.orgRole) : 'nothing';
      const description = `${ctx.actor} changed ${whose(ctx, op.userId)} org role from ${was} to ${orgRole(op.role)}`;
      return { ...base, target, description, changes: memberDiff(ctx, op.orgId, op.userId) };
    }
    case 'member.setSeat': {
      const from = memberOf(ctx.before, op.userId, op.orgId);
      const parts: string[] = [];
      if (op.modelsSeat && from)
        parts.push(`Models seat from ${seat(from.modelsSeat)} to ${seat(op.modelsSeat)}`);
      if (op.weaveAccess && from)
        parts.push(`Weave access from ${seat(from.weaveAccess)} to ${seat(op.weaveAccess)}`);
      const target = { kind: 'user' as const, id: op.userId, name: principalName(ctx, op.userId) };
      const description = `${ctx.actor} changed ${whose(ctx, op.userId)} ${parts.join(' and ') || 'seat'}`;
      return { ...base, target, description, changes: memberDiff(ctx, op.orgId, op.userId) };
    }
    case 'member.remove': {
      const name = principalName(ctx, op.userId);
      const orgLabel = orgName(ctx.before, base.orgId);
      const target = { kind: 'user' as const, id: op.userId, name };
      const description = `${ctx.actor} removed ${name} from ${orgLabel}`;
      return { ...base, target, description, changes: memberDiff(ctx, op.orgId, op.userId) };
    }
    case 'invite.accept':
    case 'signup':
    case 'sso.signIn':
    case 'instance.setup': {
      const orgId = base.orgId;
      const person = memberOf(ctx.after, op.person.id, orgId);
      const how =
        op.type === 'invite.accept'
          ? 'accepted an invite'
          : op.type === 'signup'
            ? `signed up with ${op.person.email}${op.newOrg ? ` and created ${op.newOrg.name.trim()}` : ''}`
            : op.type === 'instance.setup'
              ? `set up this server and created ${op.org.name.trim()}`
              : 'signed in with SSO for the first time';
      const joined = orgId
        ? ` and joined ${orgName(ctx.after, orgId)} as ${orgRole(person?.orgRole ?? 'member')}`
        : '';
      const target = { kind: 'user' as const, id: op.person.id, name: op.person.name || op.person.username };
      return {
        orgId,
        target,
        description: `${target.name} ${how}${joined}`,
        changes: memberDiff(ctx, orgId, op.person.id),
      };
    }
  }
}

function inviteFields(world: World, inviteId: string): [string, string | null][] {
  const invite = world.invites.get(inviteId);
  const live = invite && invite.status === 'pending';
  return [
    ['Status', invite ? invite.status.charAt(0).toUpperCase() + invite.status.slice(1) : null],
    ['Org role', live ? orgRole(invite.orgRole) : null],
    ['Models seat', live ? seat(invite.modelsSeat) : null],
    ['Weave access', live ? seat(invite.weaveAccess) : null],
    ['Teams', live ? teamList(world, invite.teams) : null],
    ['Expires', live ? invite.expiresAt.slice(0, 10) : null],
  ];
}

export function describeInvite(ctx: DescribeContext, op: InviteOp): Described {
  const id = op.type === 'invite.create' ? op.invite.id : op.inviteId;
  const invite = ctx.after.invites.get(id) ?? ctx.before.invites.get(id);
  const email = invite?.email ?? 'an unknown invite';
  const changes = fieldChanges(ctx, (w) => inviteFields(w, id));
  const target = { kind: 'invite' as const, id, name: email };
  const orgId = invite?.orgId ?? null;
  const verb = {
    'invite.create': `invited ${email} to ${orgName(ctx.after, orgId)}${invite ? ` as ${orgRole(invite.orgRole)}` : ''}`,
    'invite.resend': `resent the invite to ${email}`,
    'invite.revoke': `revoked the invite to ${email}`,
    'invite.update': `edited the invite to ${email}`,
  }[op.type];
  return { orgId, target, description: `${ctx.actor} ${verb}`, changes };
}

/** A person's own Default API organization (W&B), for people in several orgs. */
export function describePerson(
  ctx: DescribeContext,
  op: Extract<Operation, { type: 'person.setDefaultOrg' }>,
): Described {
  const name = principalName(ctx, op.userId);
  return {
    orgId: op.orgId,
    target: { kind: 'user', id: op.userId, name },
    description: `${ctx.actor} made ${orgName(ctx.after, op.orgId)} ${whose(ctx, op.userId)} Default API organization`,
    changes: fieldChanges(ctx, (w) => [
      ['Default API organization', orgName(w, w.users.get(op.userId)?.defaultOrgId)],
    ]),
  };
}

/** A person's own API key, created or revoked: its name and last characters, never the key or its hash. */
export function describeApiKey(
  ctx: DescribeContext,
  op: Extract<Operation, { type: 'apiKey.create' | 'apiKey.revoke' }>,
): Described {
  const name = principalName(ctx, op.userId);
  const user = ctx.before.users.get(op.userId) ?? ctx.after.users.get(op.userId);
  const key =
    op.type === 'apiKey.create'
      ? op.key
      : ctx.before.users.get(op.userId)?.apiKeys?.find((k) => k.id === op.keyId);
  const label = key ? `"${key.name}" (…${key.last4})` : 'an API key';
  const verb = op.type === 'apiKey.create' ? 'created' : 'revoked';
  return {
    orgId: user?.defaultOrgId ?? user?.orgs[0]?.orgId ?? null,
    target: { kind: 'user', id: op.userId, name },
    description: `${ctx.actor} ${verb} ${whose(ctx, op.userId)} API key ${label}`,
    changes: [
      op.type === 'apiKey.create'
        ? { field: 'API key', before: null, after: label }
        : { field: 'API key', before: label, after: null },
    ],
  };
}
