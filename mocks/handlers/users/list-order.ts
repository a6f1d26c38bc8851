// The Users list's sort orders, kept as the world changes instead of re-sorted per request. The world
// is immutable, so an org's members sorted by name (and, once asked for, by email and last activity)
// are cached per `users` table; the next table's orders are derived from the last ones by re-placing
// only the rows that changed (a role change re-sorts one person, not 10,000). Orders by role, seat
// and status are the name order split into buckets. Each order is "the column, then the name",
// ascending; descending reverses the column's groups and keeps names ascending inside each, exactly as
// `sign * column || byName` would.
import { asMember, type Invite, type OrgMember, type Seat, type User, type World } from '../../engine/index';
import type { UsersQuery, UserRow } from '../../../src/api/users';

/** One list entry as the sort and the search see it: a member, or a pending invite. */
export interface ListKey {
  id: string;
  name: string;
  /** The name lower-cased when it holds only a–z, digits and spaces (where code-unit order is the collator's); else null. */
  plainName: string | null;
  email: string;
  orgRole: OrgMember['orgRole'];
  modelsSeat: Seat;
  status: UserRow['status'];
  /** '' for never active: sorts as the oldest. */
  lastActive: string;
  /** Lower-cased name, email and username, for the search. */
  /** Name, email and username, lower-cased, joined by newlines: one search per person (a needle never holds a newline). */
  haystack: string;
  /** A member: as this org sees them, and the person's row (its identity says whether it changed). */
  source: { kind: 'user'; user: OrgMember; row: User } | { kind: 'invite'; invite: Invite };
}

type Compare = (a: ListKey, b: ListKey) => number;
type Sort = UsersQuery['sort'];

const collator = new Intl.Collator('en', { sensitivity: 'base' });
const ROLE_ORDER = { admin: 0, member: 1, viewer: 2 } as const;
const SEAT_ORDER: Record<Seat, number> = { full: 0, viewer: 1, none: 2 };
const STATUS_ORDER = { active: 0, invited: 1, expired: 2 } as const;

// Most names are plain letters: compared as lower-cased code units, which is the collator's order for
// them (spaces, then digits, then letters; case ignored), at a fraction of its cost (50,000 names
// sorted on the first request of a start). Any other name goes through the collator.
const PLAIN = /^[a-z0-9 ]*$/;
export const plainNameOf = (name: string): string | null => {
  const lower = name.toLowerCase();
  return PLAIN.test(lower) ? lower : null;
};
const compareNames = (a: ListKey, b: ListKey): number =>
  a.plainName !== null && b.plainName !== null
    ? a.plainName < b.plainName
      ? -1
      : a.plainName > b.plainName
        ? 1
        : 0
    : collator.compare(a.name, b.name);
export const byName: Compare = (a, b) => compareNames(a, b) || a.id.localeCompare(b.id);
// ISO timestamps of one format: code-unit order is their time order (and much faster than a collator).
const byTime = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Columns of a few values: the list sorts by their rank. */
type Bucketed = 'role' | 'seat' | 'status';
const RANK: Record<Bucketed, (k: ListKey) => number> = {
  role: (k) => ROLE_ORDER[k.orgRole],
  seat: (k) => SEAT_ORDER[k.modelsSeat],
  status: (k) => STATUS_ORDER[k.status],
};
const byRank =
  (rank: (k: ListKey) => number): Compare =>
  (a, b) =>
    rank(a) - rank(b);

const COLUMN: Record<Sort, Compare> = {
  name: byName,
  email: (a, b) => collator.compare(a.email, b.email),
  role: byRank(RANK.role),
  seat: byRank(RANK.seat),
  status: byRank(RANK.status),
  lastActive: (a, b) => byTime(a.lastActive, b.lastActive),
};

/** The list's order: the column (reversed for desc), then the name ascending. */
export function compareFor(sort: Sort, dir: UsersQuery['dir']): Compare {
  const column = COLUMN[sort];
  const sign = dir === 'asc' ? 1 : -1;
  return (a, b) => sign * column(a, b) || byName(a, b);
}

const userKeys = new WeakMap<User, Map<string, ListKey>>();

/** A member's key in one org, made once per user row (rows are immutable: a change makes a new one). */
export function userKey(row: User, orgId: string): ListKey | undefined {
  let byOrg = userKeys.get(row);
  let key = byOrg?.get(orgId);
  if (!key) {
    const user = asMember(row, orgId);
    if (!user) return undefined;
    key = {
      id: user.id,
      name: user.name,
      plainName: plainNameOf(user.name),
      email: user.email,
      orgRole: user.orgRole,
      modelsSeat: user.modelsSeat,
      status: 'active',
      lastActive: user.lastActiveAt ?? '',
      haystack: `${user.name}\n${user.email}\n${user.username}`.toLowerCase(),
      source: { kind: 'user', user, row },
    };
    if (!byOrg) userKeys.set(row, (byOrg = new Map()));
    byOrg.set(orgId, key);
  }
  return key;
}

/** The orders kept incrementally (the others are derived from the name order). */
type Kept = 'name' | 'email' | 'lastActive';
const keptCompare: Record<Kept, Compare> = {
  name: byName,
  email: compareFor('email', 'asc'),
  lastActive: compareFor('lastActive', 'asc'),
};

class OrgOrder {
  private readonly kept = new Map<Kept, ListKey[]>();
  private readonly derived = new Map<string, readonly ListKey[]>();

  constructor(
    readonly users: World['users'],
    readonly orgId: string,
    /** Derived from only what it already sorted; dropped by the next order, so no chain is kept. */
    private previous: OrgOrder | undefined,
  ) {
    if (previous) previous.previous = undefined;
  }

  /** The org's members in this sort and direction. */
  members(sort: Sort, dir: UsersQuery['dir']): readonly ListKey[] {
    const id = `${sort}:${dir}`;
    let order = this.derived.get(id);
    if (!order) {
      order = this.build(sort, dir);
      this.derived.set(id, order);
    }
    return order;
  }

  private build(sort: Sort, dir: UsersQuery['dir']): readonly ListKey[] {
    if (sort === 'name' || sort === 'email' || sort === 'lastActive') {
      const asc = this.keptOrder(sort);
      if (dir === 'asc') return asc;
      return sort === 'name' ? [...asc].reverse() : reverseGroups(asc, COLUMN[sort]);
    }
    // Role, seat, status: the name order in buckets of the column's value.
    const buckets = new Map<number, ListKey[]>();
    const rank = RANK[sort];
    for (const key of this.keptOrder('name')) {
      const r = rank(key);
      const bucket = buckets.get(r);
      if (bucket) bucket.push(key);
      else buckets.set(r, [key]);
    }
    const ranks = [...buckets.keys()].sort((a, b) => (dir === 'asc' ? a - b : b - a));
    return ranks.flatMap((r) => buckets.get(r) ?? []);
  }

  private keptOrder(kind: Kept): ListKey[] {
    let order = this.kept.get(kind);
    if (!order) {
      order = this.previous?.derive(kind, this.users) ?? this.sortAll(kind);
      this.kept.set(kind, order);
    }
    return order;
  }

  private sortAll(kind: Kept): ListKey[] {
    const keys: ListKey[] = [];
    for (const user of this.users.values()) {
      const key = userKey(user, this.orgId);
      if (key) keys.push(key);
    }
    return keys.sort(keptCompare[kind]);
  }

  /**
   * This order carried to a later users table: rows that are the same objects keep their place, the
   * rest are placed again by binary search. Null when nothing was kept or too much changed.
   */
  private derive(kind: Kept, next: World['users']): ListKey[] | null {
    const order = this.kept.get(kind);
    if (!order) return null;
    const changed: ListKey[] = [];
    for (const user of next.values()) {
      if (this.users.get(user.id) !== user) {
        const key = userKey(user, this.orgId);
        if (key) changed.push(key);
      }
      if (changed.length > MAX_REPLACED) return null;
    }
    const kept = order.filter((k) => k.source.kind === 'user' && next.get(k.id) === k.source.row);
    const compare = keptCompare[kind];
    for (const key of changed) kept.splice(lowerBound(kept, key, compare), 0, key);
    return kept;
  }
}

/** Past this many changed rows a fresh sort is as cheap as placing each one. */
const MAX_REPLACED = 256;

/** Groups of equal column values in reverse order, each group's inner order kept. */
function reverseGroups(order: readonly ListKey[], column: Compare): ListKey[] {
  const out: ListKey[] = [];
  let end = order.length;
  while (end > 0) {
    let start = end - 1;
    const last = order[start];
    while (start > 0 && last && column(order[start - 1] as ListKey, last) === 0) start -= 1;
    for (let i = start; i < end; i++) out.push(order[i] as ListKey);
    end = start;
  }
  return out;
}

/** The first index whose key sorts after `key`. */
export function lowerBound(order: readonly ListKey[], key: ListKey, compare: Compare): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(order[mid] as ListKey, key) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const orders = new WeakMap<World['users'], Map<string, OrgOrder>>();
/** The newest order of each org, which the next users table's order is derived from. */
const latest = new Map<string, OrgOrder>();

/** The org's members in the list's order, from cache or derived from the last order kept. */
export function orderedMembers(world: World, orgId: string, sort: Sort, dir: UsersQuery['dir']) {
  let byOrg = orders.get(world.users);
  if (!byOrg) {
    byOrg = new Map();
    orders.set(world.users, byOrg);
  }
  let order = byOrg.get(orgId);
  if (!order) {
    const previous = latest.get(orgId);
    order = new OrgOrder(world.users, orgId, previous);
    byOrg.set(orgId, order);
    latest.set(orgId, order);
  }
  return order.members(sort, dir);
}
