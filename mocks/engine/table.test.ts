// Table against a plain Map model: every sequence of puts and deletes reads back the same rows, in
// the same order, however often the overlay is folded; and JavaScript's own property names are ids
// like any other.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Table, type Derived } from './table';

const PROTO_NAMES = ['constructor', '__proto__', 'valueOf', 'hasOwnProperty', 'toString', 'prototype'];

describe('Table', () => {
  it('knows nothing of Object.prototype: built-in names are absent until put, then ordinary rows', () => {
    let table = Table.fromRecord({ ann: 1 });
    for (const name of PROTO_NAMES) {
      expect(table.get(name)).toBeUndefined();
      expect(table.has(name)).toBe(false);
    }
    for (const name of PROTO_NAMES) table = table.with(name, name.length);
    expect(table.get('__proto__')).toBe(9);
    expect(table.keys()).toEqual(['ann', ...PROTO_NAMES]);
    expect(JSON.parse(JSON.stringify(table))).toEqual(
      Object.fromEntries([['ann', 1], ...PROTO_NAMES.map((n) => [n, n.length])]),
    );
    expect(Object.getPrototypeOf(Table.empty().toJSON())).toBe(Object.prototype);
  });

  it('never changes a table that was changed: every version keeps its rows', () => {
    const v1 = Table.of([['a', 1]]);
    const v2 = v1.with('b', 2);
    const v3 = v2.without('a');
    expect(v1.keys()).toEqual(['a']);
    expect(v2.keys()).toEqual(['a', 'b']);
    expect(v3.keys()).toEqual(['b']);
    expect(v3.without('zzz')).toBe(v3);
    expect(v3.update('zzz', (n) => n + 1)).toBe(v3);
  });

  it('has no enumerable fields, so Object.keys of a Table by mistake is empty', () => {
    expect(Object.keys(Table.of([['a', 1]]))).toEqual([]);
  });

  const id = fc.oneof(fc.constantFrom(...PROTO_NAMES), fc.string({ maxLength: 3 }));
  const step = fc.oneof(
    fc.record({ kind: fc.constant('put' as const), id, value: fc.integer() }),
    fc.record({ kind: fc.constant('delete' as const), id }),
    fc.record({
      kind: fc.constant('patch' as const),
      changes: fc.array(fc.tuple(id, fc.option(fc.integer(), { nil: undefined })), { maxLength: 8 }),
    }),
  );

  it('reads like a Map after any sequence of changes (sizes, order, folds)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(id, fc.integer()), { maxLength: 60 }),
        fc.array(step, { maxLength: 300 }),
        (seed, steps) => {
          const model = new Map<string, number>(seed);
          let table = Table.of(seed);
          const versions: [Table<number>, [string, number][]][] = [];
          for (const s of steps) {
            if (s.kind === 'put') {
              model.set(s.id, s.value);
              table = table.with(s.id, s.value);
            } else if (s.kind === 'delete') {
              model.delete(s.id);
              table = table.without(s.id);
            } else {
              const changes = new Map(s.changes);
              for (const [k, v] of changes) {
                if (v === undefined) model.delete(k);
                else model.set(k, v);
              }
              table = table.patch(changes);
            }
            versions.push([table, [...model.entries()].sort()]);
          }
          expect(table.size).toBe(model.size);
          for (const [k, v] of model) expect(table.get(k)).toBe(v);
          for (const name of PROTO_NAMES) expect(table.has(name)).toBe(model.has(name));
          // Order: rows that stayed keep their first place; compare as sets plus size (Map order differs
          // on delete-then-put, where a Table keeps the original place).
          expect([...table.entries()].sort()).toEqual([...model.entries()].sort());
          // Older versions are untouched by later changes.
          for (const [version, rows] of versions) expect([...version.entries()].sort()).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });

  // A sum and a count of odd rows, carried through changes: always what building from the rows gives.
  const SUM: Derived<number, { sum: number; odd: number }> = {
    build: (rows) => ({ sum: rows.reduce((a, b) => a + b, 0), odd: rows.filter((n) => n % 2 !== 0).length }),
    update: (index, before, after) => ({
      sum: index.sum - (before ?? 0) + (after ?? 0),
      odd:
        index.odd -
        (before !== undefined && before % 2 !== 0 ? 1 : 0) +
        (after !== undefined && after % 2 !== 0 ? 1 : 0),
    }),
  };

  it('carries a derived value through every change as building it again would give', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(id, fc.integer({ min: -1000, max: 1000 })), { maxLength: 40 }),
        fc.array(
          fc.array(fc.tuple(id, fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: undefined })), {
            maxLength: 6,
          }),
          { maxLength: 80 },
        ),
        (seed, patches) => {
          let table = Table.of(seed);
          table.derive(SUM);
          const versions: [Table<number>, { sum: number; odd: number }][] = [];
          for (const changes of patches) {
            table = table.patch(new Map(changes));
            versions.push([table, table.derive(SUM)]);
          }
          for (const [version, carried] of versions) expect(carried).toEqual(SUM.build(version.values()));
        },
      ),
      { numRuns: 200 },
    );
  });
});
