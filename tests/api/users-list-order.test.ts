// The Users list keeps its sort orders across requests and carries them to the next world by
// re-placing only changed rows (mocks/handlers/users/list-order.ts). This checks it against the plain
// definition (build every row, filter, sort) for every sort and direction, before and after changes.
import { asMember, belongsTo } from '../../mocks/engine/index';
import { describe, expect, it } from 'vitest';
import { createTestBackend } from '../../mocks/node';
import { listEntries } from '../../mocks/handlers/users/list';
import type { Db } from '../../mocks/db/db';
import type { OrgRole, Seat } from '../../mocks/engine/index';
import { USER_SORTS, usersQuerySchema, type UsersQuery } from '../../src/api/users';
import type { ScenarioName } from '../../src/api/demo';

const collator = new Intl.Collator('en', { sensitivity: 'base' });
const RANK = {
  role: { admin: 0, member: 1, viewer: 2 },
  seat: { full: 0, viewer: 1, none: 2 },
  status: { active: 0, invited: 1, expired: 2 },
} as const;

interface Plain {
  id: string;
  name: string;
  email: string;
  username: string;
  orgRole: OrgRole;
  modelsSeat: Seat;
  status: 'active' | 'invited' | 'expired';
  lastActiveAt: string | null;
}

/** The list by its definition: every member and pending invite, filtered, then sorted. */
function plainList(db: Db, query: UsersQuery): string[] {
  const world = db.world;
  const orgId = db.homeOrgId;
  const rows: Plain[] = [
    ...world.users
      .values()
      .flatMap((u) => asMember(u, orgId) ?? [])
      .map((u) => ({ ...u, status: 'active' as const })),
    ...world.invites
      .values()
      .filter((i) => i.orgId === orgId && i.status === 'pending')
      .map((i) => ({
        id: i.id,
        name: i.email,
        email: i.email,
        username: '',
        orgRole: i.orgRole,
        modelsSeat: i.modelsSeat,
        status: i.expiresAt <= db.now() ? ('expired' as const) : ('invited' as const),
        lastActiveAt: null,
      })),
  ];
  const needle = query.q.trim().toLowerCase();
  const byName = (a: Plain, b: Plain) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
  const column: Record<UsersQuery['sort'], (a: Plain, b: Plain) => number> = {
    name: byName,
    email: (a, b) => collator.compare(a.email, b.email),
    role: (a, b) => RANK.role[a.orgRole] - RANK.role[b.orgRole],
    seat: (a, b) => RANK.seat[a.modelsSeat] - RANK.seat[b.modelsSeat],
    status: (a, b) => RANK.status[a.status] - RANK.status[b.status],
    lastActive: (a, b) => (a.lastActiveAt ?? '').localeCompare(b.lastActiveAt ?? ''),
  };
  const sign = query.dir === 'asc' ? 1 : -1;
  return rows
    .filter(
      (r) =>
        (!needle || [r.name, r.email, r.username].some((t) => t.toLowerCase().includes(needle))) &&
        (!query.role || r.orgRole === query.role) &&
        (!query.seat || r.modelsSeat === query.seat) &&
        (!query.status || r.status === query.status),
    )
    .sort((a, b) => sign * column[query.sort](a, b) || byName(a, b))
    .map((r) => r.id);
}

function listed(db: Db, query: UsersQuery): string[] {
  const org = db.world.orgs.get(db.homeOrgId);
  if (!org) throw new Error('no home org');
  const ctx = { world: db.world, org, actor: { kind: 'user', userId: db.defaultActorId } as const };
  return listEntries({ ...ctx, now: db.now(), seesInvites: true }, query).map((k) => k.id);
}

const queries = (extra: Partial<UsersQuery>[]): UsersQuery[] =>
  USER_SORTS.flatMap((sort) =>
    (['asc', 'desc'] as const).flatMap((dir) =>
      extra.map((e) => usersQuerySchema.parse({ sort, dir, ...e })),
    ),
  );

function expectSame(db: Db, qs: UsersQuery[]) {
  for (const query of qs) expect(listed(db, query), JSON.stringify(query)).toEqual(plainList(db, query));
}

/** Member changes made as the default admin, checked by the engine like any request. */
function changeSome(db: Db, n: number) {
  const before = db.world.users;
  const admin = { kind: 'user', userId: db.defaultActorId } as const;
  const people = db.world.users
    .values()
    .filter((u) => belongsTo(u, db.homeOrgId) && u.id !== db.defaultActorId);
  const roles: OrgRole[] = ['admin', 'viewer', 'member'];
  let made = 0;
  for (let i = 0; made < n && i < people.length; i += 7) {
    const user = people[i];
    if (!user) break;
    const role = roles[i % roles.length] ?? 'member';
    try {
      db.commit(admin, { type: 'member.setOrgRole', orgId: db.homeOrgId, userId: user.id, role });
      made += 1;
    } catch {
      // a change the scenario's guards would refuse: skip it
    }
  }
  expect(made).toBe(n);
  expect(db.world.users).not.toBe(before);
}

function backend(scenario: ScenarioName) {
  return createTestBackend({ scenario }).db;
}

describe('Users list order', () => {
  it('matches the plain sort for every column, direction and filter (default scenario)', () => {
    const db = backend('default');
    const qs = queries([{}, { q: 'a' }, { role: 'member' }, { status: 'invited' }, { seat: 'full', q: 'e' }]);
    expectSame(db, qs);
    changeSome(db, 5);
    expectSame(db, qs);
  });

  it('stays right on 10,000 users after changes re-place rows in the kept orders', () => {
    const db = backend('large');
    const qs = queries([{ q: 'mar' }]);
    expectSame(db, qs);
    changeSome(db, 3);
    expectSame(db, qs);
    changeSome(db, 3);
    expectSame(db, queries([{}]).slice(0, 4));
  });
});
