// The Users search over one kept order (list-order.ts), remembered per order: typing one more
// character narrows the last answer instead of scanning every member again (a needle that contains an
// earlier needle can only match a subset of what that one matched, in the same order), and Backspace
// finds the shorter needle's answer still kept. An order belongs to one world, so a change of the org
// starts from a fresh order and nothing kept can be stale. A keystroke on 10,000 people costs the
// matches of the last needle, not 10,000 scans.
import type { ListKey } from './list-order';

/** Needles kept per order: a search box's recent history, a few kilobytes each. */
const KEPT_PER_ORDER = 24;

const kept = new WeakMap<readonly ListKey[], Map<string, readonly ListKey[]>>();

/** An earlier answer holding more than 1 / WIDE of the order is not narrowed from: the order is searched. */
const WIDE = 4;
/** Between two haystacks of the joined text: a needle without it matches inside one haystack only. */
const SEPARATOR = '\u0000';

/** An order's haystacks as one text, and where each one starts in it. */
interface Joined {
  text: string;
  starts: Uint32Array;
}
const joinedTexts = new WeakMap<readonly ListKey[], Joined>();

function joinedOf(order: readonly ListKey[]): Joined {
  let joined = joinedTexts.get(order);
  if (!joined) {
    const starts = new Uint32Array(order.length);
    let at = 0;
    order.forEach((k, i) => {
      starts[i] = at;
      at += k.haystack.length + SEPARATOR.length;
    });
    joined = { text: order.map((k) => k.haystack).join(SEPARATOR), starts };
    joinedTexts.set(order, joined);
  }
  return joined;
}

/** The keys of `order` whose haystack holds `needle` (which holds no SEPARATOR), found in the joined text. */
function scanJoined(order: readonly ListKey[], needle: string): ListKey[] {
  const { text, starts } = joinedOf(order);
  const found: ListKey[] = [];
  let i = 0;
  let at = text.indexOf(needle);
  while (at >= 0) {
    // The key whose haystack holds this match: the last one starting at or before it.
    while (i + 1 < starts.length && (starts[i + 1] ?? 0) <= at) i += 1;
    found.push(order[i] as ListKey);
    if (i + 1 >= starts.length) break;
    at = text.indexOf(needle, starts[i + 1]);
  }
  return found;
}

/** The entries of `order` whose haystack holds `needle` (lower-cased, not empty, no newline), in order. */
export function searchOrder(order: readonly ListKey[], needle: string): readonly ListKey[] {
  let answers = kept.get(order);
  if (!answers) {
    answers = new Map();
    kept.set(order, answers);
  }
  const known = answers.get(needle);
  if (known) {
    // Most recently used last: the oldest is the one let go.
    answers.delete(needle);
    answers.set(needle, known);
    return known;
  }
  let from = order;
  for (const [earlier, found] of answers)
    if (found.length < from.length && needle.includes(earlier)) from = found;
  // A narrow earlier answer is scanned key by key; a wide one (a first letter matches most people:
  // every address holds the org's domain) costs as much as the whole order, which one string search
  // over all its haystacks answers several times faster than 10,000 calls.
  const found =
    from.length * WIDE > order.length && !needle.includes(SEPARATOR)
      ? scanJoined(order, needle)
      : from.filter((k) => k.haystack.includes(needle));
  answers.set(needle, found);
  if (answers.size > KEPT_PER_ORDER) answers.delete(answers.keys().next().value as string);
  return found;
}
