// Per-org head counts without scanning every user on each check: the world is immutable, so counts
// built once per `users` (and `invites`) table stay right until the next change to that table. The
// seat-limit and last-admin guards run for every option of every row of the Users page; with this they
// cost a lookup, not a scan of 10,000 people.
import type { World } from './model';

export interface OrgUserCounts {
  members: number;
  admins: number;
  /** Members holding a Full Models seat. */
  fullSeats: number;
}

const NONE: OrgUserCounts = { members: 0, admins: 0, fullSeats: 0 };
const userCache = new WeakMap<World['users'], ReadonlyMap<string, OrgUserCounts>>();
const inviteCache = new WeakMap<World['invites'], ReadonlyMap<string, number>>();

export function orgUserCounts(world: World, orgId: string): OrgUserCounts {
  let byOrg = userCache.get(world.users);
  if (!byOrg) {
    const counts = new Map<string, OrgUserCounts>();
    for (const u of world.users.values())
      for (const m of u.orgs) {
        const c = counts.get(m.orgId) ?? { members: 0, admins: 0, fullSeats: 0 };
        c.members += 1;
        if (m.orgRole === 'admin') c.admins += 1;
        if (m.modelsSeat === 'full') c.fullSeats += 1;
        counts.set(m.orgId, c);
      }
    byOrg = counts;
    userCache.set(world.users, byOrg);
  }
  return byOrg.get(orgId) ?? NONE;
}

/** Pending invites that would take a Full Models seat (expired ones included: they can be resent). */
export function fullSeatInvites(world: World, orgId: string): number {
  let byOrg = inviteCache.get(world.invites);
  if (!byOrg) {
    const counts = new Map<string, number>();
    for (const i of world.invites.values())
      if (i.status === 'pending' && i.modelsSeat === 'full')
        counts.set(i.orgId, (counts.get(i.orgId) ?? 0) + 1);
    byOrg = counts;
    inviteCache.set(world.invites, byOrg);
  }
  return byOrg.get(orgId) ?? 0;
}
