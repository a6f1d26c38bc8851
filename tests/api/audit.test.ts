// GET /api/orgs/:org/audit-log: every change with actor, W&B action name, target, before and after;
// filters and paging on the server; refusals with the engine's reasons.
import { describe, expect, it } from 'vitest';
import { auditPageSchema } from '../../src/api/audit';
import { errorOf, startBackend } from './backend';
import { readJson } from './read-json';

type Backend = ReturnType<typeof startBackend>;

async function log(b: Backend, query = '') {
  const res = await b.call('GET', `/orgs/${b.slug}/audit-log${query}`);
  // Read with the contract only by the tests that expect a page: a refusal's body is an error.
  return {
    status: res.status,
    json: res.json,
    get page() {
      return readJson(res, auditPageSchema);
    },
  };
}

/** The engine's reason steps in an error answer. */
const stepsOf = (json: unknown): string[] => errorOf(json).reasons.map((r) => r.step);

/** A member of some team with the built-in Member role, and that team's name. */
function teamMember(b: Backend) {
  for (const team of b.db.world.teams.values()) {
    if (team.orgId !== b.db.homeOrgId) continue;
    const entry = team.members.entries().find(([id, m]) => m.role === 'member' && b.db.world.users.get(id));
    if (entry) return { team: team.name, userId: entry[0], name: b.db.world.users.get(entry[0])?.name ?? '' };
  }
  throw new Error('no team member');
}

describe('GET /api/orgs/:org/audit-log', () => {
  it('starts empty and records an org role change with actor, action, target, before and after', async () => {
    const b = startBackend();
    expect((await log(b)).page.total).toBe(0);
    const carla = b.person('member');
    expect((await b.call('PATCH', `/orgs/${b.slug}/users/${carla.id}`, { orgRole: 'admin' })).status).toBe(
      200,
    );
    const { status, page } = await log(b);
    expect(status).toBe(200);
    expect(page.total).toBe(1);
    const entry = page.items[0];
    expect(entry?.action).toBe('organization:update_member');
    expect(entry?.actor?.name).toBe('Ava Chen');
    expect(entry?.viewAs).toBe(false);
    expect(entry?.target).toMatchObject({ kind: 'user', id: carla.id, name: carla.name });
    expect(entry?.description).toBe(`Ava Chen changed ${carla.name}'s org role from Member to Admin`);
    expect(entry?.changes).toContainEqual({ field: 'Org role', before: 'Member', after: 'Admin' });
  });

  it('records an undo as its own entry, newest first, and a team role change with its before/after', async () => {
    const b = startBackend();
    const carla = b.person('member');
    await b.call('PATCH', `/orgs/${b.slug}/users/${carla.id}`, { orgRole: 'admin' });
    await b.call('PATCH', `/orgs/${b.slug}/users/${carla.id}`, { orgRole: 'member' });
    const m = teamMember(b);
    expect((await b.call('PATCH', `/teams/${m.team}/members/${m.userId}`, { role: 'viewer' })).status).toBe(
      200,
    );
    const { page } = await log(b);
    expect(page.items.map((e) => e.action)).toEqual([
      'team:update_role',
      'organization:update_member',
      'organization:update_member',
    ]);
    expect(page.items[1]?.description).toBe(
      `Ava Chen changed ${carla.name}'s org role from Admin to Member (undoing the previous change)`,
    );
    expect(page.items[1]?.reverts).toBe(1);
    expect(page.items[2]?.reverts).toBeNull();
    expect(page.items[0]?.reverts).toBeNull();
    expect(page.items[0]?.description).toBe(
      `Ava Chen changed ${m.name}'s role in ${m.team} from Member to View-Only`,
    );
    expect(page.items[0]?.target.within).toBe(m.team);
    expect(page.items[0]?.changes).toEqual([
      { field: `Role in ${m.team}`, before: 'Member', after: 'View-Only' },
    ]);
    expect(page.items.map((e) => e.seq)).toEqual([3, 2, 1]);
  });

  it('marks changes made while viewing as someone else', async () => {
    const b = startBackend();
    const ben = b.person('admin', 1);
    b.actAs(ben);
    await b.call('PATCH', `/orgs/${b.slug}/users/${b.person('member').id}`, { modelsSeat: 'viewer' });
    const { page } = await log(b);
    expect(page.items[0]?.viewAs).toBe(true);
    expect(page.items[0]?.actor?.id).toBe(ben.id);
    expect(page.items[0]?.description).toContain('Models seat from Full to Viewer');
  });

  it('filters by actor, action and target, pages on the server and offers the filter choices', async () => {
    const b = startBackend();
    const members = b
      .homeUsers()
      .filter((u) => u.orgRole === 'member' && u.modelsSeat === 'full')
      .slice(0, 3);
    for (const u of members) await b.call('PATCH', `/orgs/${b.slug}/users/${u.id}`, { modelsSeat: 'viewer' });
    const m = teamMember(b);
    await b.call('PATCH', `/teams/${m.team}/members/${m.userId}`, { role: 'viewer' });
    const byAction = await log(b, '?action=team:update_role');
    expect(byAction.page.items.map((e) => e.action)).toEqual(['team:update_role']);
    const first = members[0];
    const byTarget = await log(b, `?target=${encodeURIComponent(first?.name.toUpperCase() ?? '')}`);
    expect(
      byTarget.page.items.every((e) => e.target.name === first?.name || e.target.within === first?.name),
    ).toBe(true);
    expect((await log(b, `?target=${m.team}`)).page.items.some((e) => e.action === 'team:update_role')).toBe(
      true,
    );
    const byActor = await log(b, `?actor=${b.person('admin').id}`);
    expect(byActor.page.total).toBe(4);
    expect((await log(b, '?actor=user-nobody')).page.total).toBe(0);
    const paged = await log(b, '?pageSize=10&page=1');
    expect(paged.page).toMatchObject({ total: 4, pageCount: 1, page: 1 });
    expect(paged.page.options.actors).toEqual([{ id: b.person('admin').id, name: 'Ava Chen' }]);
    expect(paged.page.options.actions.map((a) => a.value)).toContain('team:invite_user');
  });

  it('falls back on bad query values instead of failing', async () => {
    const b = startBackend();
    const { status, page } = await log(b, '?page=-3&pageSize=7&action=DROP%20TABLE&from=yesterday');
    expect(status).toBe(200);
    expect(page).toMatchObject({ page: 1, pageSize: 25 });
  });

  it('refuses Members and Viewers with the engine reasons (403), outsiders too, and 401 signed out', async () => {
    const b = startBackend();
    b.actAs(b.person('member'));
    const member = await log(b);
    expect(member.status).toBe(403);
    expect(errorOf(member.json).message).toBe(
      'Only org Admins can see the audit log (organization:read_audit_log)',
    );
    expect(stepsOf(member.json)).toEqual(['org-role', 'org-role']);
    b.actAs(b.person('viewer'));
    expect((await log(b)).status).toBe(403);
    b.actAs(b.outsider());
    expect((await log(b)).status).toBe(403);
    b.actAs(null);
    expect((await log(b)).status).toBe(401);
    expect((await b.call('GET', '/orgs/no-such-org/audit-log')).status).toBe(401);
  });

  it('refuses an admin without an Enterprise license (startup scenario) with the plan reason', async () => {
    const b = startBackend('startup');
    const res = await log(b);
    expect(res.status).toBe(403);
    expect(errorOf(res.json).message).toBe('The audit log needs an Enterprise license');
    expect(stepsOf(res.json).at(-1)).toBe('plan');
  });

  it('answers 404 for an unknown org', async () => {
    const b = startBackend();
    expect((await b.call('GET', '/orgs/no-such-org/audit-log')).status).toBe(404);
  });
});
