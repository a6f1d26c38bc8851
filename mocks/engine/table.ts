// Table: the engine's one way to hold rows by id. Two properties the world needs, by construction:
// - Lookups see only rows that were put in: ids such as `constructor`, `__proto__` or `valueOf`
//   are just strings (a Map underneath), never JavaScript's object machinery.
// - Immutable with structural sharing: a change makes a new Table that shares the unchanged rows, so
//   apply() costs the change, not a copy of 50,000 users. A base Map is never written after it is
//   built; changes go to a small overlay that is folded into a new base once it grows past ~√n.
// ADR 0014 says why this and not plain objects or Immutable.js (reads stay at native Map speed).

const GONE: unique symbol = Symbol('gone');
type Slot<T> = T | typeof GONE;

/**
 * A value derived from a table's rows (an index, a count), carried from a table to the next by each
 * change at the cost of the change instead of being rebuilt from every row. `update` must not write
 * `index`: tables before the change keep it.
 */
export interface Derived<T, I> {
  build(rows: readonly T[]): I;
  /** The index once one row changed: `before` undefined for an added row, `after` for a removed one. */
  update(index: I, before: T | undefined, after: T | undefined): I;
}

export class Table<T> {
  // #private: a Table has no own enumerable fields, so Object.keys/values of one by mistake is empty
  // (and tests notice) instead of leaking its internals.
  readonly #base: ReadonlyMap<string, T>;
  readonly #overlay: ReadonlyMap<string, Slot<T>> | null;
  readonly #size: number;
  #values: readonly T[] | undefined;
  #keys: readonly string[] | undefined;
  /** Derived values computed for this table (a cache: the rows never change). */
  #derived: Map<Derived<T, unknown>, unknown> | undefined;

  private constructor(
    base: ReadonlyMap<string, T>,
    overlay: ReadonlyMap<string, Slot<T>> | null,
    size: number,
  ) {
    this.#base = base;
    this.#overlay = overlay;
    this.#size = size;
  }

  get size(): number {
    return this.#size;
  }

  static empty<T>(): Table<T> {
    return new Table<T>(new Map(), null, 0);
  }

  /** A table of these rows, in order; a repeated id keeps its first place and its last value. */
  static of<T>(entries: Iterable<readonly [string, T]>): Table<T> {
    const map = new Map<string, T>();
    for (const [id, row] of entries) map.set(id, row);
    return Table.adopt(map);
  }

  /** Rows keyed by id; own keys only (for fixtures and parsed JSON). */
  static fromRecord<T>(record: Readonly<Record<string, T>>): Table<T> {
    return Table.of(Object.entries(record));
  }

  /** Takes ownership of a Map the caller promises never to write again (builders, bulk loads). */
  static adopt<T>(map: Map<string, T>): Table<T> {
    return new Table<T>(map, null, map.size);
  }

  get(id: string): T | undefined {
    if (this.#overlay !== null) {
      const slot = this.#overlay.get(id);
      if (slot !== undefined) return slot === GONE ? undefined : slot;
    }
    return this.#base.get(id);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** Every row in insertion order (a changed row keeps its place). Computed once per table. */
  values(): readonly T[] {
    this.#values ??= this.entries().map(([, row]) => row);
    return this.#values;
  }

  keys(): readonly string[] {
    this.#keys ??= this.entries().map(([id]) => id);
    return this.#keys;
  }

  entries(): (readonly [string, T])[] {
    const out: (readonly [string, T])[] = [];
    const overlay = this.#overlay;
    for (const [id, row] of this.#base) {
      const slot = overlay?.get(id);
      if (slot === undefined) out.push([id, row]);
      else if (slot !== GONE) out.push([id, slot]);
    }
    if (overlay !== null)
      for (const [id, slot] of overlay) if (slot !== GONE && !this.#base.has(id)) out.push([id, slot]);
    return out;
  }

  /** The derived value for these rows: built once, then carried through each change by `update`. */
  derive<I>(derived: Derived<T, I>): I {
    this.#derived ??= new Map();
    if (this.#derived.has(derived)) return this.#derived.get(derived) as I;
    const value = derived.build(this.values());
    this.#derived.set(derived, value);
    return value;
  }

  find(predicate: (row: T) => boolean): T | undefined {
    return this.values().find(predicate);
  }

  filter(predicate: (row: T) => boolean): T[] {
    return this.values().filter(predicate);
  }

  with(id: string, row: T): Table<T> {
    return this.patch(new Map([[id, row]]));
  }

  without(id: string): Table<T> {
    return this.has(id) ? this.patch(new Map([[id, undefined]])) : this;
  }

  /** Replace a row by a changed copy; the same table when the row is absent. */
  update(id: string, change: (row: T) => T): Table<T> {
    const row = this.get(id);
    return row === undefined ? this : this.with(id, change(row));
  }

  /** Several changes at once: a row sets or replaces, `undefined` deletes. */
  patch(changes: ReadonlyMap<string, T | undefined>): Table<T> {
    if (changes.size === 0) return this;
    const overlay = new Map<string, Slot<T>>(this.#overlay ?? []);
    let size = this.#size;
    for (const [id, row] of changes) {
      const had = this.has(id);
      if (row === undefined) {
        if (!had) continue;
        size--;
        if (this.#base.has(id)) overlay.set(id, GONE);
        else overlay.delete(id);
      } else {
        if (!had) size++;
        overlay.set(id, row);
      }
    }
    // Fold the overlay into a new base once it outgrows ~2√n: keeps reads at one or two Map lookups
    // while a change copies at most O(√n) entries (amortised).
    let next = new Table<T>(this.#base, overlay, size);
    if (overlay.size > Math.max(32, 2 * Math.ceil(Math.sqrt(this.#base.size))))
      next = Table.adopt(new Map(next.entries()));
    this.#carryDerived(next, changes);
    return next;
  }

  #carryDerived(next: Table<T>, changes: ReadonlyMap<string, T | undefined>): void {
    if (this.#derived === undefined) return;
    const carried = new Map<Derived<T, unknown>, unknown>();
    for (const [derived, value] of this.#derived) {
      let index = value;
      for (const [id, row] of changes) {
        const before = this.get(id);
        if (before !== row) index = derived.update(index, before, row);
      }
      carried.set(derived, index);
    }
    next.#derived = carried;
  }

  /** Plain JSON of the rows (for snapshots and byte-for-byte comparisons). */
  toJSON(): Record<string, T> {
    return Object.fromEntries(this.entries());
  }
}
