// A person's memberships: each org they belong to has its own org role, seats and teams (W&B: "existing
// W&B users may be spread across multiple organizations and teams"). Reading one org's view of a person
// goes through here, so "in this org" is asked the same way everywhere.
import type { OrgMember, OrgMembership, User, World } from './model';
import type { Derived } from './table';

/** This person's membership of the org, if they belong to it. */
export function membershipOf(user: User, orgId: string | null | undefined): OrgMembership | undefined {
  if (!orgId) return undefined;
  for (const m of user.orgs) if (m.orgId === orgId) return m;
  return undefined;
}

export const belongsTo = (user: User, orgId: string | null | undefined): boolean =>
  membershipOf(user, orgId) !== undefined;

/** The person as a member of the org (one row, the membership's fields beside the person's), if they are. */
export function asMember(user: User, orgId: string | null | undefined): OrgMember | undefined {
  const m = membershipOf(user, orgId);
  if (!m) return undefined;
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    email: user.email,
    lastActiveAt: user.lastActiveAt,
    ...m,
  };
}

export function memberOf(
  world: World,
  userId: string,
  orgId: string | null | undefined,
): OrgMember | undefined {
  const user = world.users.get(userId);
  return user ? asMember(user, orgId) : undefined;
}

/** The person with this org's membership replaced (or added, or removed with `null`). */
export function withMembership(user: User, orgId: string, next: OrgMembership | null): User {
  const others = user.orgs.filter((m) => m.orgId !== orgId);
  const orgs = next
    ? others.length === user.orgs.length
      ? [...others, next]
      : user.orgs.map((m) => (m.orgId === orgId ? next : m))
    : others;
  // The default API org is one of their orgs: the first left when it goes, the first joined when unset.
  const defaultOrgId =
    user.defaultOrgId !== null && orgs.some((m) => m.orgId === user.defaultOrgId)
      ? user.defaultOrgId
      : (orgs[0]?.orgId ?? null);
  return { ...user, orgs, defaultOrgId };
}

/** The person's membership fields changed in one org (they must belong to it). */
export function patchMembership(
  user: User,
  orgId: string,
  patch: Partial<Omit<OrgMembership, 'orgId'>>,
): User {
  const m = membershipOf(user, orgId);
  return m ? withMembership(user, orgId, { ...m, ...patch }) : user;
}

// Member ids by org, carried through each change to users (Table.derive): listing one org's people
// never scans the people of every org (the huge scenario has 50,000).
const ORG_MEMBERS: Derived<User, ReadonlyMap<string, ReadonlySet<string>>> = {
  build(users) {
    const byOrg = new Map<string, Set<string>>();
    for (const u of users)
      for (const m of u.orgs) {
        let set = byOrg.get(m.orgId);
        if (!set) byOrg.set(m.orgId, (set = new Set()));
        set.add(u.id);
      }
    return byOrg;
  },
  update(index, before, after) {
    const was = new Set(before?.orgs.map((m) => m.orgId));
    const is = new Set(after?.orgs.map((m) => m.orgId));
    const id = (after ?? before)?.id;
    const changed = [...was, ...is].filter((o) => was.has(o) !== is.has(o));
    if (changed.length === 0 || id === undefined) return index;
    // Copies the map of a few orgs and the changed orgs' sets; the rest is shared.
    const next = new Map(index);
    for (const orgId of changed) {
      const set = new Set(next.get(orgId));
      if (is.has(orgId)) set.add(id);
      else set.delete(id);
      next.set(orgId, set);
    }
    return next;
  },
};

/** Ids of the org's people (users; service accounts are their team's). */
export function orgMemberIds(world: World, orgId: string): ReadonlySet<string> {
  return world.users.derive(ORG_MEMBERS).get(orgId) ?? EMPTY;
}
const EMPTY: ReadonlySet<string> = new Set();

/** The org's people, each as a member of it. */
export function membersOf(world: World, orgId: string): OrgMember[] {
  const out: OrgMember[] = [];
  for (const id of orgMemberIds(world, orgId)) {
    const m = memberOf(world, id, orgId);
    if (m) out.push(m);
  }
  return out;
}
