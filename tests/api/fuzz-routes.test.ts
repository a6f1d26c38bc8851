// Malformed requests against every route, as an attacker or a careless script would send them: path
// and body ids named like JavaScript's object machinery (constructor, __proto__, valueOf…), wrong
// types, junk JSON, odd query strings, from every kind of caller. No answer is a 5xx; every refusal
// is a clear JSON error; and a refused request leaves the state untouched (the same World object and
// the same stored bytes). 500 runs × 20 requests = 10,000 requests, deterministic (fixed seed).
import fc from 'fast-check';
import { getResponse, type HttpHandler } from 'msw';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../mocks/db/db';
import { memoryStorage } from '../../mocks/db/storage';
import { createHandlers } from '../../mocks/handlers/index';
import { findInvariantViolations } from '../../mocks/db/scenarios/invariants';
import { BODY_FIELDS, plausibleValues, PROTO } from './fuzz/bodies';

// prettier-ignore
const FIELDS = ['role', 'orgRole', 'modelsSeat', 'weaveAccess', 'userId', 'userIds', 'inviteId', 'ownerId',
  'invitees', 'teams', 'teamId', 'name', 'email', 'emailOrUsername', 'visibility', 'description', 'settings',
  'principalId', 'runIds', 'toProjectId', 'base', 'added', 'domain', 'defaultTeam', 'setting', 'value',
  'enabled', 'storage', 'bucket', 'dryRun', 'rows', 'csv', 'changes', 'remove', 'id', 'hidden',
  'membersCanInvite', 'futureProjectsPrivate', 'billingAdmin', 'permission', 'kind', 'project', ...PROTO];
// prettier-ignore
const QUERY_KEYS = ['q', 'page', 'pageSize', 'sort', 'dir', 'role', 'seat', 'status', 'person', 'scope',
  'team', 'project', 'actor', 'action', 'target', 'from', 'to', 'source', 'kind', 'permission', ...PROTO];
// prettier-ignore
const WORDS = ['', ' ', '%2E%2E', '%2F', 'a'.repeat(300), 'ü', 'custom:__proto__', 'custom:constructor',
  'admin', 'member', 'viewer', 'service', 'full', 'none', 'open', 'public', 'team', 'restricted', 'true'];

/** A path segment as a browser sends it: `.` and `..` segments never reach a route (URLs drop them). */
const segment = (value: string): string =>
  /^(\.|%2e){1,2}$/i.test(value) ? 'dots' : encodeURIComponent(value);

function routesOf(handlers: HttpHandler[]): { method: string; path: string }[] {
  return handlers
    .map((h) => ({
      method: String(h.info.method).toUpperCase(),
      path: String(h.info.path).replace(/^\*\/api/, ''),
    }))
    .filter((r) => !r.path.startsWith('/demo')); // the demo panel resets the world on purpose
}

describe('every route under malformed requests', () => {
  const storage = memoryStorage();
  // Everything stored, as one string: a refused request must leave it as it was.
  const storedNow = () => {
    const records = storage.read();
    return JSON.stringify([records.meta, [...records.changes], [...records.checkpoints.keys()]]);
  };
  const db = createDb({ storage, baseTime: '2026-11-01T12:00:00.000Z' });
  const w = db.world;
  const routes = routesOf(createHandlers(db));
  const teamName = (id: string) => w.teams.get(id)?.name ?? id;
  // Path parameters from the ids each one names, so requests reach past the look-ups.
  const pools: Record<string, string[]> = {
    org: w.orgs.values().map((o) => o.slug),
    team: w.teams.values().map((t) => t.name),
    project: w.projects.values().map((p) => p.name),
    userId: [...w.users.keys()],
    principalId: [...w.users.keys(), ...w.serviceAccounts.keys()],
    id: [...w.invites.keys(), ...w.serviceAccounts.keys()],
    roleId: [...w.customRoles.keys()],
    runId: [...w.runs.keys()],
  };
  // A real project with the members of its team, so member routes reach past "not a member".
  const pairs = w.projects.values().map((p) => ({
    team: teamName(p.teamId),
    project: p.name,
    members: w.teams.get(p.teamId)?.members.keys() ?? [],
  }));
  const anyId = Object.values(pools).flat();
  const admin = db.defaultActorId;
  const callers = [null, 'constructor', 'ghost', ...w.users.keys().filter((_, i) => i % 4 === 0)];

  const str = fc.oneof(
    { arbitrary: fc.constantFrom(...PROTO), weight: 4 },
    { arbitrary: fc.constantFrom(...anyId), weight: 4 },
    { arbitrary: fc.constantFrom(...WORDS), weight: 3 },
    { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
  );
  const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
    v: fc.oneof(
      { arbitrary: str, weight: 6 },
      { arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null)), weight: 2 },
      { arbitrary: fc.array(tie('v'), { maxLength: 3 }), weight: 1 },
      { arbitrary: fc.dictionary(fc.constantFrom(...FIELDS), tie('v'), { maxKeys: 3 }), weight: 1 },
    ),
  })).v;
  const junk = fc.oneof(
    {
      arbitrary: fc
        .dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 5 })
        .map((o) => JSON.stringify(o)),
      weight: 8,
    },
    {
      arbitrary: fc.constantFrom('{', 'null', '[]', '1', '"x"', '{"__proto__":{"polluted":true}}', ''),
      weight: 2,
    },
  );
  const plausible = plausibleValues(w);
  /** The route's own fields: mostly plausible values, some hostile, some left out. */
  const bodyFor = (route: { method: string; path: string }): fc.Arbitrary<string> => {
    const fields = BODY_FIELDS.find(([pattern]) => pattern.test(`${route.method} ${route.path}`))?.[1];
    if (!fields) return junk;
    const field = (name: string) =>
      fc.oneof(
        { arbitrary: (plausible[name] ?? value).map((v) => ({ v })), weight: 7 },
        { arbitrary: fc.constantFrom(...PROTO).map((v) => ({ v })), weight: 2 },
        { arbitrary: value.map((v) => ({ v })), weight: 2 },
        { arbitrary: fc.constant(null), weight: 1 },
      );
    const shaped = fc.tuple(...fields.map(field)).map((values) => {
      if (fields[0] === 'SETTINGS') return JSON.stringify(values[0]?.v ?? {});
      return JSON.stringify(
        Object.fromEntries(fields.flatMap((f, i) => (values[i] ? [[f, values[i].v]] : []))),
      );
    });
    return fc.oneof({ arbitrary: shaped, weight: 9 }, { arbitrary: junk, weight: 1 });
  };
  const param = (name: string) =>
    fc.oneof(
      { arbitrary: fc.constantFrom(...(pools[name] ?? anyId)), weight: 3 },
      { arbitrary: str, weight: 2 },
    );
  const request = fc.constantFrom(...routes).chain((route) =>
    fc.record({
      route: fc.constant(route),
      params: fc.record(Object.fromEntries(Object.keys(pools).map((name) => [name, param(name)]))),
      pair: fc.option(fc.constantFrom(...pairs), { freq: 3 }),
      member: fc.nat(),
      query: fc.dictionary(fc.constantFrom(...QUERY_KEYS), str, { maxKeys: 3 }),
      body: bodyFor(route),
      caller: fc.oneof(
        { arbitrary: fc.constant(admin), weight: 3 },
        { arbitrary: fc.constantFrom(...callers), weight: 2 },
      ),
    }),
  );
  type Req = typeof request extends fc.Arbitrary<infer R> ? R : never;

  function urlOf(r: Req): string {
    const values: Record<string, string> = { ...r.params };
    if (r.pair) {
      values.team = r.pair.team;
      values.project = r.pair.project;
      const member = r.pair.members[r.member % Math.max(1, r.pair.members.length)];
      if (member && r.member % 5 !== 0) values.principalId = member;
    }
    const path = r.route.path.replace(/:([a-zA-Z]+)|\*/g, (_, name: string | undefined) =>
      segment(values[name ?? 'team'] ?? ''),
    );
    const query = new URLSearchParams(r.query).toString();
    return `http://localhost/api${path}${query ? `?${query}` : ''}`;
  }

  it('answers 10,000 malformed requests with no 5xx, a clear error, and no change when refused', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(request, { minLength: 20, maxLength: 20 }), async (requests) => {
        db.reset('default');
        const handlers = createHandlers(db);
        for (const r of requests) {
          db.setActingUser(r.caller);
          const url = urlOf(r);
          const method = r.route.method === 'ALL' ? 'GET' : r.route.method;
          const withBody = method !== 'GET';
          const before = { world: db.world, log: db.log.length, stored: storedNow() };
          const response = await getResponse(
            handlers,
            new Request(url, {
              method,
              headers: withBody ? { 'content-type': 'application/json' } : undefined,
              body: withBody ? r.body : undefined,
            }),
          );
          const label = `${method} ${url} as ${r.caller} with ${withBody ? r.body : '-'}`;
          expect(response, label).toBeDefined();
          const status = response?.status ?? 0;
          expect(status, label).toBeLessThan(500);
          // The browser build replaces MSW's cookie jar with an empty stand-in (ADR 0022): no answer may set one.
          expect(response?.headers.get('set-cookie') ?? null, label).toBeNull();
          if (status >= 400) {
            const json = (await response?.json()) as { error?: { message?: unknown } };
            expect(typeof json.error?.message, label).toBe('string');
            expect(String(json.error?.message).length, label).toBeGreaterThan(0);
            expect(db.world === before.world, `${label}: refused, yet the world changed`).toBe(true);
            expect(db.log.length, label).toBe(before.log);
            expect(storedNow(), label).toBe(before.stored);
          } else if (db.world !== before.world)
            expect(findInvariantViolations(db.world), `${label}: the change broke a rule`).toEqual([]);
          expect(({} as Record<string, unknown>)['polluted'], label).toBeUndefined();
        }
      }),
      { numRuns: 500, seed: 20261130 },
    );
  }, 600_000);
});
