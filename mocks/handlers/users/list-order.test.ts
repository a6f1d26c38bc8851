// The Users list's name order: plain names are compared as lower-cased code units, the rest by the
// collator. Both must give the collator's order, or pages would disagree with each other.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byName, plainNameOf, type ListKey } from './list-order';

const collator = new Intl.Collator('en', { sensitivity: 'base' });
const keyOf = (name: string, id: string) => ({ id, name, plainName: plainNameOf(name) }) as ListKey;
const sign = (n: number) => Math.sign(n);

describe('the Users list name order', () => {
  it('agrees with the collator for names of letters, digits, spaces, accents and punctuation', () => {
    const name = fc.string({
      unit: fc.constantFrom('a', 'B', 'z', 'Z', ' ', '0', '9', 'é', 'Å', '-', "'", '.', 'ß'),
      maxLength: 6,
    });
    fc.assert(
      fc.property(name, name, (a, b) => {
        const expected = sign(collator.compare(a, b) || 'x'.localeCompare('y'));
        expect(sign(byName(keyOf(a, 'x'), keyOf(b, 'y')))).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });

  it('takes the fast path only where it is the collator’s order', () => {
    expect(plainNameOf('Ava Chen 2')).toBe('ava chen 2');
    expect(plainNameOf('Anne-Marie')).toBeNull();
    expect(plainNameOf('Zoë')).toBeNull();
  });
});
