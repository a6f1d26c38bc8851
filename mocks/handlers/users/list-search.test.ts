// The remembered search must answer exactly what a scan of the whole order answers, whatever was
// typed before it (narrowing, Backspace, a needle pasted over another, more needles than are kept).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ListKey } from './list-order';
import { searchOrder } from './list-search';

const letters = fc.constantFrom('a', 'b', 'n', '.', '@', 'é', '\n', '\u0000');
const keyOf = (haystack: string, i: number) => ({ id: `k${i}`, haystack }) as ListKey;

describe('searchOrder', () => {
  it('answers every needle of any typing history as a full scan does, in order', () => {
    fc.assert(
      fc.property(
        // Up to 200 people: narrow answers are scanned key by key, wide ones in the joined text.
        fc.array(fc.string({ unit: letters, maxLength: 8 }), { minLength: 1, maxLength: 200 }),
        fc.array(fc.string({ unit: letters, minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 40 }),
        (haystacks, needles) => {
          const order = haystacks.map(keyOf);
          for (const needle of needles) {
            const scanned = order.filter((k) => k.haystack.includes(needle));
            expect(searchOrder(order, needle)).toEqual(scanned);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('keeps answers per order: another order (a changed world) is searched on its own', () => {
    const before = [keyOf('ana', 0), keyOf('bob', 1)];
    const after = [keyOf('ana', 0), keyOf('anabel', 2)];
    expect(searchOrder(before, 'an').map((k) => k.id)).toEqual(['k0']);
    expect(searchOrder(after, 'an').map((k) => k.id)).toEqual(['k0', 'k2']);
    expect(searchOrder(after, 'ana').map((k) => k.id)).toEqual(['k0', 'k2']);
  });
});
