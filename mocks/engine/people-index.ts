// Finding a person by email or username without scanning every user on each check: the world is
// immutable, so an index built once per `users` record stays right until the next change to users.
import type { User, World } from './model';
import type { Derived } from './table';

const cache = new WeakMap<World['users'], Map<string, User>>();

function indexOf(users: World['users']): Map<string, User> {
  let index = cache.get(users);
  if (!index) {
    index = new Map();
    for (const user of users.values()) {
      // Emails and usernames are both looked up case-insensitively; the first holder wins, as a scan would.
      const email = user.email.trim().toLowerCase();
      const username = user.username.trim().toLowerCase();
      if (!index.has(email)) index.set(email, user);
      if (!index.has(username)) index.set(username, user);
    }
    cache.set(users, index);
  }
  return index;
}

/** The person whose email or username is this text (case-insensitive), if any. */
export function personByEmailOrUsername(world: World, text: string): User | undefined {
  return indexOf(world.users).get(text.trim().toLowerCase());
}

// Org admins by org: who has access to a project includes its org's admins, and the last-admin guard
// counts them; neither scans 50,000 users. Carried through each change to users (Table.derive).
const adminOrgs = (u: User | undefined): Set<string> =>
  new Set(u ? u.orgs.filter((m) => m.orgRole === 'admin').map((m) => m.orgId) : []);

const ORG_ADMINS: Derived<User, ReadonlyMap<string, readonly string[]>> = {
  build(users) {
    const byOrg = new Map<string, string[]>();
    for (const u of users) for (const m of u.orgs) if (m.orgRole === 'admin') addTo(byOrg, m.orgId, u.id);
    for (const ids of byOrg.values()) ids.sort();
    return byOrg;
  },
  update(index, before, after) {
    const was = adminOrgs(before);
    const is = adminOrgs(after);
    const changed = [...was, ...is].filter((o) => was.has(o) !== is.has(o));
    const id = (after ?? before)?.id;
    if (changed.length === 0 || id === undefined) return index;
    // Copies the org map (a few orgs) and the changed orgs' lists (a few admins); rows are shared.
    const next = new Map(index);
    for (const orgId of changed) {
      const rest = (next.get(orgId) ?? []).filter((x) => x !== id);
      next.set(orgId, is.has(orgId) ? [...rest, id].sort() : rest);
    }
    return next;
  },
};

function addTo(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

/**
 * Ids of the org's admins, sorted by id: the same order however the index was reached (built from a
 * checkpoint or carried through changes), so what lists them (impact, the audit log) never differs.
 */
export function orgAdminIds(world: World, orgId: string): readonly string[] {
  return world.users.derive(ORG_ADMINS).get(orgId) ?? [];
}
