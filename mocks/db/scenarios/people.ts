// Generates realistic, world-unique people: "Lena Fischer", username "lfischer", email
// "lena.fischer@acme-ml.com". Collisions get a numeric suffix so usernames and emails stay unique.
import { FIRST_NAMES, LAST_NAMES } from './names';
import type { Rng } from './prng';

export interface Person {
  name: string;
  username: string;
  /** The email's local part; the caller adds the domain. */
  emailLocal: string;
}

export interface PeopleSource {
  /** A new person with a random name (the nth call is the same on every run). */
  random(rng: Rng): Person;
  /** A person with the given name, made unique. */
  named(first: string, last: string): Person;
  /** Marks a username as taken (people made elsewhere, e.g. hand-written seed users). */
  reserve(username: string): void;
}

export function createPeopleSource(): PeopleSource {
  const taken = new Set<string>();
  // The last suffix given per base name: every smaller one is taken (names are only ever added), so
  // the 50,000th "achen" does not try 2, 3, … again.
  const lastSuffix = new Map<string, number>();
  const named = (first: string, last: string): Person => {
    const base = (first[0] ?? 'x').toLowerCase() + last.toLowerCase().replace(/[^a-z0-9]/g, '');
    let username = base;
    let n = lastSuffix.get(base) ?? 2;
    if (taken.has(username)) {
      for (username = `${base}${n}`; taken.has(username); n++) username = `${base}${n + 1}`;
      lastSuffix.set(base, n);
    }
    taken.add(username);
    const suffix = username.slice(base.length);
    const emailLocal = `${first}.${last}`.toLowerCase().replace(/[^a-z0-9.]/g, '') + suffix;
    return { name: `${first} ${last}`, username, emailLocal };
  };
  return {
    named,
    random: (rng) => named(rng.pick(FIRST_NAMES), rng.pick(LAST_NAMES)),
    reserve: (username) => {
      taken.add(username);
    },
  };
}
