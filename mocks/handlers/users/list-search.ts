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
  const found = from.filter((k) => k.haystack.includes(needle));
  answers.set(needle, found);
  if (answers.size > KEPT_PER_ORDER) answers.delete(answers.keys().next().value as string);
  return found;
}
