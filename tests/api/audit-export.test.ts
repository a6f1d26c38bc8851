// Audit log exports (CSV and JSON, every matching entry), date ranges, and the replay cache.
import { memberOf } from '../../mocks/engine/index';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestBackend } from '../../mocks/node';
import { startBackend } from './backend';
import { auditExportSchema, auditPageSchema } from '../../src/api/audit';

type Backend = ReturnType<typeof startBackend>;

async function get(b: Backend, path: string) {
  const res = await fetch(`http://localhost/api/orgs/${b.slug}/audit-log${path}`);
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    disposition: res.headers.get('content-disposition'),
    text: await res.text(),
  };
}

describe('audit log exports', () => {
  it('CSV: a header, every matching entry, quoting and formula protection', async () => {
    const b = startBackend();
    const carla = b.person('member');
    await b.call('PATCH', `/orgs/${b.slug}/users/${carla.id}`, { orgRole: 'admin' });
    // A team name cannot start with "=", but a project description can hold anything.
    expect(
      (await b.call('PUT', `/orgs/${b.slug}/settings/name`, { name: '=HYPERLINK("x"), "Acme"' })).status,
    ).toBe(200);
    const out = await get(b, '/export.csv');
    expect(out.status).toBe(200);
    expect(out.type).toMatch(/^text\/csv/);
    expect(out.disposition).toMatch(/attachment; filename="acme-ml-audit-log-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = out.text.split('\r\n');
    expect(lines[0]).toBe(
      'Time,Actor,Actor email,Via View as,Action,Description,Target type,Target,Within,Before,After,Affected',
    );
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('organization:update');
    expect(lines[1]).toContain(`"'=HYPERLINK(""x""), ""Acme"""`);
    expect(lines[2]).toContain(`,Org role: Member,Org role: Admin`);
    const filtered = await get(b, '/export.csv?action=organization:update_member');
    expect(filtered.text.split('\r\n')).toHaveLength(3);
  });

  it('JSON: the filters and the entries, all pages', async () => {
    const b = startBackend();
    const users = b
      .homeUsers()
      .filter((u) => u.orgRole === 'member' && u.modelsSeat === 'full')
      .slice(0, 12);
    for (const u of users) await b.call('PATCH', `/orgs/${b.slug}/users/${u.id}`, { modelsSeat: 'viewer' });
    const out = await get(b, '/export.json?pageSize=10&page=2&action=organization:update_member');
    expect(out.type).toMatch(/^application\/json/);
    expect(out.disposition).toMatch(/filename="acme-ml-audit-log-.*\.json"/);
    const body = auditExportSchema.parse(JSON.parse(out.text));
    expect(body.entries).toHaveLength(12);
    expect(body.filters.action).toBe('organization:update_member');
    expect(body.entries[0]?.changes).toContainEqual({
      field: 'Models seat',
      before: 'Full',
      after: 'Viewer',
    });
  });

  it('refuses exports as the list does', async () => {
    const b = startBackend();
    b.actAs(b.person('member'));
    expect((await get(b, '/export.csv')).status).toBe(403);
    expect((await get(b, '/export.json')).status).toBe(403);
  });
});

describe('date range and replay', () => {
  const servers: { close: () => void }[] = [];
  afterEach(() => servers.splice(0).forEach((s) => s.close()));

  it('filters by day (inclusive, UTC) and keeps describing entries after a reset', async () => {
    let now = '2026-11-01T13:00:00.000Z';
    const { db, server } = createTestBackend({ now: () => now });
    server.listen({ onUnhandledRequest: 'error' });
    servers.push(server);
    const slug = db.world.orgs.get(db.homeOrgId)?.slug ?? '';
    const members = db.world.users
      .values()
      .filter((u) => memberOf(db.world, u.id, db.homeOrgId)?.orgRole === 'member');
    const patch = (id: string, body: unknown) =>
      fetch(`http://localhost/api/orgs/${slug}/users/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const list = async (q: string) =>
      auditPageSchema.parse(await (await fetch(`http://localhost/api/orgs/${slug}/audit-log${q}`)).json());
    await patch(members[0]?.id ?? '', { modelsSeat: 'viewer' });
    now = '2026-11-03T23:59:00.000Z';
    await patch(members[1]?.id ?? '', { modelsSeat: 'viewer' });
    now = '2026-11-05T00:00:00.000Z';
    await patch(members[2]?.id ?? '', { modelsSeat: 'viewer' });
    expect((await list('?from=2026-11-02&to=2026-11-03')).items.map((e) => e.target.id)).toEqual([
      members[1]?.id,
    ]);
    expect((await list('?from=2026-11-03')).total).toBe(2);
    expect((await list('?to=2026-11-01')).total).toBe(1);
    db.reset();
    expect((await list('')).total).toBe(0);
    await patch(members[3]?.id ?? '', { orgRole: 'admin' });
    const after = await list('');
    expect(after.items.map((e) => e.changes.find((c) => c.field === 'Org role'))).toEqual([
      { field: 'Org role', before: 'Member', after: 'Admin' },
    ]);
  });
});
