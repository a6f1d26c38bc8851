// The first half of the §9 walk (chain-facts.ts): what a principal is in a team and its org (identity,
// org role, seat, plan, team role), which no project changes. It is worked out once per principal and
// team of a world and kept in a WeakMap keyed by the world: a world is immutable and any change makes a
// new one (ADR 0014), so an entry can never be stale and nothing has to be invalidated. This is what
// CASL prepares as a user's ability; the project's half is walked for every question (ADR 0019).
import { CAP } from './caps';
import { isEnterprise, type Principal } from './lookup';
import { membershipOf } from './memberships';
import type { Actor, Org, RoleRef, Seat, Team, World } from './model';
import { customRoleOf, isCustomRef, roleGrantsOf, type RoleGrants } from './roles';

export interface TeamFacts {
  org: Org | undefined;
  /** The walk ends here whatever the project: no such org, or a service account outside Enterprise. */
  stop: 'no-org' | 'service-plan' | null;
  /** The principal is in the org (or the team, for a service account). */
  inOrg: boolean;
  orgAdmin: boolean;
  /** The caps of the org role, the seat and the plan (CAP bits). */
  caps: number;
  /** The team role after the plan (a custom role outside Enterprise acts as its base). */
  teamRole: RoleRef | null;
  /** Set when a custom team role was replaced by its base because the org is not Enterprise. */
  downgradedFrom: RoleRef | null;
  /** The role the team half gives (Admin for an org admin, else the team role) and its grants. */
  role: RoleRef | null;
  grants: RoleGrants | null;
  /** A Member or custom team role: the team's setting may let them invite. */
  invitesAsMember: boolean;
  /** The team's settings as the org enforces them (§5.3). */
  hidden: boolean;
  membersCanInvite: boolean;
}

/**
 * A principal of one world and what they are in each team asked about so far: the first team in place
 * (most questions about a person are about one team), a Map once there is a second.
 */
export interface PrincipalEntry {
  principal: Principal;
  team: Team | null;
  facts: TeamFacts | null;
  more: Map<Team, TeamFacts> | null;
}

interface WorldCache {
  users: Map<string, PrincipalEntry>;
  services: Map<string, PrincipalEntry>;
}

const CACHES = new WeakMap<World, WorldCache>();
// The world asked last and its cache, before the WeakMap: lists ask one world many questions in a row.
// (It keeps that one world alive until another is asked.)
let last: { world: World; cache: WorldCache } | null = null;
const ANONYMOUS: Principal = { kind: 'anonymous', id: null };

function cacheOf(world: World): WorldCache {
  if (last !== null && last.world === world) return last.cache;
  let cache = CACHES.get(world);
  if (cache === undefined) CACHES.set(world, (cache = { users: new Map(), services: new Map() }));
  last = { world, cache };
  return cache;
}

const entryFor = (principal: Principal): PrincipalEntry => ({
  principal,
  team: null,
  facts: null,
  more: null,
});

/** The principal an actor is in this world, with its cached team facts (anonymous ones share none). */
export function principalEntry(world: World, actor: Actor): PrincipalEntry {
  if (actor.kind === 'user') {
    const users = cacheOf(world).users;
    const cached = users.get(actor.userId);
    if (cached !== undefined) return cached;
    const user = world.users.get(actor.userId);
    if (user) {
      const entry = entryFor({ kind: 'user', id: user.id, user });
      users.set(actor.userId, entry);
      return entry;
    }
  } else if (actor.kind === 'service') {
    const services = cacheOf(world).services;
    const cached = services.get(actor.serviceAccountId);
    if (cached !== undefined) return cached;
    const account = world.serviceAccounts.get(actor.serviceAccountId);
    if (account) {
      const entry = entryFor({ kind: 'service', id: account.id, account });
      services.set(actor.serviceAccountId, entry);
      return entry;
    }
  }
  // Unknown ids are not kept: a request may name any string.
  return entryFor(ANONYMOUS);
}

/**
 * The entry of a principal already resolved (by principalOf) in this world. A principal whose row is
 * not this world's (resolved in another world) gets an entry of its own, not kept.
 */
export function entryOfPrincipal(world: World, principal: Principal): PrincipalEntry {
  if (principal.kind === 'anonymous') return entryFor(principal);
  const entry = principalEntry(
    world,
    principal.kind === 'user'
      ? { kind: 'user', userId: principal.id }
      : { kind: 'service', serviceAccountId: principal.id },
  );
  const same =
    principal.kind === 'user'
      ? entry.principal.kind === 'user' && entry.principal.user === principal.user
      : entry.principal.kind === 'service' && entry.principal.account === principal.account;
  return same ? entry : entryFor(principal);
}

/** What the entry's principal is in this team of the world: cached per (world, principal, team row). */
export function teamFactsOf(world: World, entry: PrincipalEntry, team: Team): TeamFacts {
  if (entry.team === team && entry.facts !== null) return entry.facts;
  let facts = entry.more?.get(team);
  if (facts !== undefined) return facts;
  facts = walkTeam(world, entry.principal, team);
  if (entry.team === null) {
    entry.team = team;
    entry.facts = facts;
  } else (entry.more ??= new Map()).set(team, facts);
  return facts;
}

function walkTeam(world: World, principal: Principal, team: Team): TeamFacts {
  const org = world.orgs.get(team.orgId);
  const facts: TeamFacts = {
    org,
    stop: null,
    inOrg: false,
    orgAdmin: false,
    caps: 0,
    teamRole: null,
    downgradedFrom: null,
    role: null,
    grants: null,
    invitesAsMember: false,
    hidden: false,
    membersCanInvite: false,
  };
  if (!org) {
    facts.stop = 'no-org';
    return facts;
  }
  facts.hidden = org.enforcements.hidden ?? team.settings.hidden;
  facts.membersCanInvite = org.enforcements.membersCanInvite ?? team.settings.membersCanInvite;

  // 1. Identity: outsiders get only what Open/Public visibility gives anyone (the project's half).
  const membership = principal.kind === 'user' ? membershipOf(principal.user, org.id) : undefined;
  facts.inOrg =
    membership !== undefined || (principal.kind === 'service' && principal.account.teamId === team.id);
  if (!facts.inOrg) return facts;
  if (principal.kind === 'service' && !isEnterprise(org)) {
    facts.stop = 'service-plan';
    return facts;
  }

  // 2. Org role and seat: the person's in this org, whatever the team (service accounts take no seat).
  const orgRole = membership?.orgRole ?? null;
  facts.orgAdmin = orgRole === 'admin';
  if (orgRole === 'viewer') facts.caps |= CAP.orgViewer;
  if (membership) facts.caps |= seatCap(membership.modelsSeat);
  if (!isEnterprise(org)) facts.caps |= CAP.plan;

  // 3. Team membership and team role (a service account is a member of its own team).
  let teamRole: RoleRef | null =
    team.members.get(principal.id ?? '')?.role ?? (principal.kind === 'service' ? 'member' : null);
  if (teamRole && isCustomRef(teamRole) && !isEnterprise(org)) {
    facts.downgradedFrom = teamRole;
    teamRole = customRoleOf(world, teamRole)?.base ?? 'viewer';
  }
  facts.teamRole = teamRole;
  facts.role = facts.orgAdmin ? 'admin' : teamRole;
  facts.grants = facts.role === null ? null : roleGrantsOf(world, facts.role);
  facts.invitesAsMember = teamRole === 'member' || (teamRole !== null && isCustomRef(teamRole));
  return facts;
}

const seatCap = (seat: Seat): number =>
  seat === 'viewer' ? CAP.seatViewer : seat === 'none' ? CAP.seatNone : 0;
