// A world under construction: builders (scenarios, engine tests) append rows to plain Maps, then read
// the result as a World of Tables without copying. Reading `world` hands out Tables over the live
// Maps, so a World read from a builder is valid only until the builder's next write; `build()` ends
// the writes for good.
import { Table } from './table';
import type { TableName, World, WorldRows } from './model';

type Row<K extends TableName> = WorldRows[K];
type Maps = { [K in TableName]: Map<string, Row<K>> };

const TABLES: readonly TableName[] = [
  'orgs',
  'users',
  'invites',
  'teams',
  'serviceAccounts',
  'customRoles',
  'projects',
  'runs',
  'reports',
  'artifacts',
  'sweeps',
];

export class WorldMaps {
  private readonly maps = Object.fromEntries(TABLES.map((name) => [name, new Map()])) as unknown as Maps;
  private snapshot: World | undefined;
  private sealed = false;

  put<K extends TableName>(key: K, id: string, row: Row<K>): Row<K> {
    if (this.sealed) throw new Error('This world was already built.');
    this.maps[key].set(id, row);
    this.snapshot = undefined;
    return row;
  }

  row<K extends TableName>(key: K, id: string): Row<K> | undefined {
    return this.maps[key].get(id);
  }

  /** The world so far (valid until the next put). */
  get world(): World {
    this.snapshot ??= Object.fromEntries(
      TABLES.map((name) => [name, Table.adopt<unknown>(this.maps[name])]),
    ) as unknown as World;
    return this.snapshot;
  }

  build(): World {
    const world = this.world;
    this.sealed = true;
    return world;
  }
}
