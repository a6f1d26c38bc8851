// Copy-on-write editing for apply(): changes to a table are gathered and folded into a new Table
// (structural sharing) when the table is next read whole or the draft is done, so the input world
// stays untouched and a change costs what it touches, not the size of the org.
import type { Table } from './table';
import type { TableName, World, WorldRows } from './model';

type Row<K extends TableName> = WorldRows[K];

export class Draft {
  private readonly next: World;
  private readonly pending = new Map<TableName, Map<string, unknown>>();

  constructor(readonly base: World) {
    this.next = { ...base };
  }

  get<K extends TableName>(key: K, id: string): Row<K> | undefined {
    const changes = this.pending.get(key);
    if (changes?.has(id)) return changes.get(id) as Row<K> | undefined;
    return (this.next[key] as Table<Row<K>>).get(id);
  }

  all<K extends TableName>(key: K): readonly Row<K>[] {
    return this.table(key).values();
  }

  set<K extends TableName>(key: K, id: string, row: Row<K>): void {
    this.changes(key).set(id, row);
  }

  /** Replace a row by a changed copy; no-op when the row is gone. */
  update<K extends TableName>(key: K, id: string, change: (row: Row<K>) => Row<K>): void {
    const row = this.get(key, id);
    if (row !== undefined) this.set(key, id, change(row));
  }

  delete<K extends TableName>(key: K, id: string): void {
    if (this.get(key, id) !== undefined) this.changes(key).set(id, undefined);
  }

  /** The world as edited so far (the draft stays usable). */
  done(): World {
    for (const key of [...this.pending.keys()]) this.table(key);
    return { ...this.next };
  }

  private changes(key: TableName): Map<string, unknown> {
    let changes = this.pending.get(key);
    if (!changes) {
      changes = new Map();
      this.pending.set(key, changes);
    }
    return changes;
  }

  private table<K extends TableName>(key: K): Table<Row<K>> {
    const current = this.next[key] as Table<Row<K>>;
    const changes = this.pending.get(key);
    if (!changes) return current;
    this.pending.delete(key);
    const folded = current.patch(changes as Map<string, Row<K> | undefined>);
    (this.next as Record<TableName, unknown>)[key] = folded;
    return folded;
  }
}
