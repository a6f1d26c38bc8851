// The Users list on the server: search, filter, sort, then rows for only the entries shown. The sort
// orders are kept across requests (list-order.ts), so a keystroke costs one pass over the org's keys.
import type { Actor, Invite, Org, OrgMember, World } from '../../engine/index';
import { teamsOf, visibleTeams } from '../../engine/index';
import type { UserRow, UsersQuery } from '../../../src/api/users';
import { compareFor, lowerBound, orderedMembers, plainNameOf, type ListKey } from './list-order';
import { searchOrder } from './list-search';

const collator = new Intl.Collator('en', { sensitivity: 'base' });

export interface ListContext {
  world: World;
  org: Org;
  actor: Actor;
  now: string;
  seesInvites: boolean;
}

/** The list's entries matching the query, in its order: the org's members and, for those who may
 * invite, its pending invites. Only keys: rows are built for the entries shown (rowsOf). */
export function listEntries(ctx: ListContext, query: UsersQuery): ListKey[] {
  const { world, org } = ctx;
  const needle = query.q.trim().toLowerCase();
  // The haystack joins fields with newlines: a needle holding one would match across two fields.
  const findable = !needle.includes('\n');
  const filtered = (k: ListKey): boolean =>
    (!query.role || k.orgRole === query.role) &&
    (!query.seat || k.modelsSeat === query.seat) &&
    (!query.status || k.status === query.status);
  const matches = (k: ListKey): boolean =>
    (!needle || (findable && k.haystack.includes(needle))) && filtered(k);
  const members = (() => {
    if (query.status && query.status !== 'active') return [];
    if (needle && !findable) return [];
    const order = orderedMembers(world, org.id, query.sort, query.dir);
    return (needle ? searchOrder(order, needle) : order).filter(filtered);
  })();
  if (!ctx.seesInvites) return members;
  const compare = compareFor(query.sort, query.dir);
  const invites = world.invites
    .values()
    .filter((i) => i.orgId === org.id && i.status === 'pending')
    .map((i) => inviteKey(i, ctx.now))
    .filter(matches)
    .sort(compare);
  if (invites.length === 0) return members;
  // Each invite placed among the members by binary search: a few dozen compares, not 10,000.
  const out: ListKey[] = [];
  let from = 0;
  for (const invite of invites) {
    const at = lowerBound(members, invite, compare);
    for (let i = from; i < at; i++) out.push(members[i] as ListKey);
    out.push(invite);
    from = Math.max(from, at);
  }
  for (let i = from; i < members.length; i++) out.push(members[i] as ListKey);
  return out;
}

function inviteKey(invite: Invite, now: string): ListKey {
  const status: UserRow['status'] = invite.expiresAt <= now ? 'expired' : 'invited';
  return {
    id: invite.id,
    name: invite.email,
    plainName: plainNameOf(invite.email),
    email: invite.email,
    orgRole: invite.orgRole,
    modelsSeat: invite.modelsSeat,
    status,
    lastActive: '',
    haystack: invite.email.toLowerCase(),
    source: { kind: 'invite', invite },
  };
}

/** The rows for these entries, as the viewer may see them (hidden teams counted, not named). */
export function rowsOf(ctx: ListContext, keys: readonly ListKey[]): UserRow[] {
  const { world, org, actor } = ctx;
  const viewerId = actor.kind === 'user' ? actor.userId : null;
  const visible = new Set(visibleTeams(world, actor, org.id).map((t) => t.id));
  return keys.map((key) => {
    if (key.source.kind === 'invite') return inviteRow(key.source.invite, world, key.status);
    const user = key.source.user;
    const names: string[] = [];
    let hidden = 0;
    for (const team of teamsOf(world, user.id)) {
      if (team.orgId !== org.id) continue;
      if (visible.has(team.id)) names.push(team.name);
      else hidden += 1;
    }
    return userRow(user, org, { names, hidden }, viewerId);
  });
}

function userRow(
  user: OrgMember,
  org: Org,
  teams: { names: string[]; hidden: number },
  viewerId: string | null,
): UserRow {
  return {
    id: user.id,
    kind: 'user',
    name: user.name,
    username: user.username,
    email: user.email,
    orgRole: user.orgRole,
    modelsSeat: user.modelsSeat,
    weaveAccess: user.weaveAccess,
    teams: teams.names.sort(collator.compare),
    hiddenTeamCount: teams.hidden,
    status: 'active',
    lastActiveAt: user.lastActiveAt,
    isBillingAdmin: org.billingAdminId === user.id,
    isYou: user.id === viewerId,
    invite: null,
    controls: null,
  };
}

function inviteRow(invite: Invite, world: World, status: UserRow['status']): UserRow {
  const teamNames = invite.teams.map((t) => world.teams.get(t.teamId)?.name).filter((n): n is string => !!n);
  return {
    id: invite.id,
    kind: 'invite',
    name: invite.email,
    username: null,
    email: invite.email,
    orgRole: invite.orgRole,
    modelsSeat: invite.modelsSeat,
    weaveAccess: invite.weaveAccess,
    teams: teamNames.sort(collator.compare),
    hiddenTeamCount: 0,
    status,
    lastActiveAt: null,
    isBillingAdmin: false,
    isYou: false,
    invite: {
      invitedBy: world.users.get(invite.invitedById)?.name ?? 'a former member',
      sentAt: invite.sentAt,
      expiresAt: invite.expiresAt,
    },
    controls: null,
  };
}
