// Copy-on-write editing for apply(): a collection is shallow-copied the first time it changes,
// records are replaced, never mutated, so the input world stays untouched and sharing is maximal.
import type { World } from './model';

type Table = keyof World;
type Row<K extends Table> = World[K][string];

export class Draft {
  private readonly next: World;
  private readonly copied = new Set<Table>();

  constructor(readonly base: World) {
    this.next = { ...base };
  }

  get<K extends Table>(key: K, id: string): Row<K> | undefined {
    return this.next[key][id] as Row<K> | undefined;
  }

  all<K extends Table>(key: K): Row<K>[] {
    return Object.values(this.next[key]) as Row<K>[];
  }

  set<K extends Table>(key: K, id: string, row: Row<K>): void {
    (this.table(key) as Record<string, Row<K>>)[id] = row;
  }

  /** Replace a row by a changed copy; no-op when the row is gone. */
  update<K extends Table>(key: K, id: string, change: (row: Row<K>) => Row<K>): void {
    const row = this.get(key, id);
    if (row !== undefined) this.set(key, id, change(row));
  }

  delete<K extends Table>(key: K, id: string): void {
    if (this.next[key][id] === undefined) return;
    delete (this.table(key) as Record<string, unknown>)[id];
  }

  done(): World {
    return this.next;
  }

  private table<K extends Table>(key: K): World[K] {
    if (!this.copied.has(key)) {
      (this.next as Record<Table, unknown>)[key] = { ...this.next[key] };
      this.copied.add(key);
    }
    return this.next[key];
  }
}

/** An object without one key (records are never mutated). */
export function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  if (!(key in record)) return record;
  const copy = { ...record };
  delete copy[key];
  return copy;
}
