// Builds one page of the Users list on the server: search, filter, sort, page. Pure over the world,
// and linear in the org's size so the 10,000-user scenario stays fast.
import type { Actor, Invite, Org, Seat, User, World } from '../../engine/index';
import { visibleTeams } from '../../engine/index';
import type { UserRow, UsersQuery } from '../../../src/api/users';

const ROLE_ORDER = { admin: 0, member: 1, viewer: 2 } as const;
const SEAT_ORDER: Record<Seat, number> = { full: 0, viewer: 1, none: 2 };
const STATUS_ORDER = { active: 0, invited: 1, expired: 2 } as const;
const collator = new Intl.Collator('en', { sensitivity: 'base' });

export interface ListContext {
  world: World;
  org: Org;
  actor: Actor;
  now: string;
  seesInvites: boolean;
}

export function buildUserRows(ctx: ListContext): UserRow[] {
  const { world, org, actor } = ctx;
  const viewerId = actor.kind === 'user' ? actor.userId : null;
  // Team names per member, split into the ones the viewer may see and the hidden rest.
  const visible = new Set(visibleTeams(world, actor, org.id).map((t) => t.id));
  const teamsOf = new Map<string, { names: string[]; hidden: number }>();
  for (const team of world.teams.values()) {
    if (team.orgId !== org.id) continue;
    for (const memberId of team.members.keys()) {
      const entry = teamsOf.get(memberId) ?? { names: [], hidden: 0 };
      if (visible.has(team.id)) entry.names.push(team.name);
      else entry.hidden += 1;
      teamsOf.set(memberId, entry);
    }
  }
  const rows: UserRow[] = [];
  for (const user of world.users.values()) {
    if (user.orgId !== org.id) continue;
    rows.push(userRow(user, org, teamsOf.get(user.id), viewerId));
  }
  if (ctx.seesInvites) {
    for (const invite of world.invites.values()) {
      if (invite.orgId !== org.id || invite.status !== 'pending') continue;
      rows.push(inviteRow(invite, world, ctx.now));
    }
  }
  return rows;
}

function userRow(
  user: User,
  org: Org,
  teams: { names: string[]; hidden: number } | undefined,
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
    teams: [...(teams?.names ?? [])].sort(collator.compare),
    hiddenTeamCount: teams?.hidden ?? 0,
    status: 'active',
    lastActiveAt: user.lastActiveAt,
    isBillingAdmin: org.billingAdminId === user.id,
    isYou: user.id === viewerId,
    invite: null,
    controls: null,
  };
}

function inviteRow(invite: Invite, world: World, now: string): UserRow {
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
    status: invite.expiresAt <= now ? 'expired' : 'invited',
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

export function filterAndSort(rows: UserRow[], query: UsersQuery): UserRow[] {
  const needle = query.q.trim().toLowerCase();
  const filtered = rows.filter(
    (r) =>
      (!needle ||
        r.name.toLowerCase().includes(needle) ||
        r.email.toLowerCase().includes(needle) ||
        (r.username ?? '').toLowerCase().includes(needle)) &&
      (!query.role || r.orgRole === query.role) &&
      (!query.seat || r.modelsSeat === query.seat) &&
      (!query.status || r.status === query.status),
  );
  const sign = query.dir === 'asc' ? 1 : -1;
  const byName = (a: UserRow, b: UserRow): number =>
    collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
  const compare: Record<UsersQuery['sort'], (a: UserRow, b: UserRow) => number> = {
    name: byName,
    email: (a, b) => collator.compare(a.email, b.email),
    role: (a, b) => ROLE_ORDER[a.orgRole] - ROLE_ORDER[b.orgRole],
    seat: (a, b) => SEAT_ORDER[a.modelsSeat] - SEAT_ORDER[b.modelsSeat],
    status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status],
    // Never-active users sort as the oldest.
    lastActive: (a, b) => (a.lastActiveAt ?? '').localeCompare(b.lastActiveAt ?? ''),
  };
  const primary = compare[query.sort];
  return filtered.sort((a, b) => sign * primary(a, b) || byName(a, b));
}
