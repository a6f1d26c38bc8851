// Finding a person by email or username without scanning every user on each check: the world is
// immutable, so an index built once per `users` record stays right until the next change to users.
import type { User, World } from './model';

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
