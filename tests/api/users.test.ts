import { describe, expect, it } from 'vitest';
import { usersPageSchema } from '../../src/api/users';
import { errorOf, startBackend } from './backend';
import { readJson } from './read-json';

describe('GET /api/orgs/:org/users', () => {
  it('lists members and invites for an admin, paged on the server', async () => {
    const b = startBackend();
    const { status, json } = await b.call('GET', `/orgs/${b.slug}/users?pageSize=10`);
    expect(status).toBe(200);
    const page = readJson({ json }, usersPageSchema);
    expect(page.items).toHaveLength(10);
    expect(page.total).toBeGreaterThan(page.summary.members); // invites are rows too
    expect(page.viewer.seesInvites).toBe(true);
    expect(page.items.map((i) => i.name)).toEqual(
      [...page.items.map((i) => i.name)].sort((a, z) => a.localeCompare(z, 'en', { sensitivity: 'base' })),
    );
  });

  it('filters by role, seat and status, and searches name or email', async () => {
    const b = startBackend();
    const admins = readJson(
      await b.call('GET', `/orgs/${b.slug}/users?role=admin&pageSize=100`),
      usersPageSchema,
    );
    expect(admins.items.length).toBe(admins.summary.admins);
    expect(admins.items.every((i) => i.orgRole === 'admin')).toBe(true);
    const noSeat = readJson(
      await b.call('GET', `/orgs/${b.slug}/users?seat=none&pageSize=100`),
      usersPageSchema,
    );
    expect(noSeat.items.every((i) => i.modelsSeat === 'none')).toBe(true);
    const expired = readJson(await b.call('GET', `/orgs/${b.slug}/users?status=expired`), usersPageSchema);
    expect(expired.items.length).toBeGreaterThan(0);
    expect(expired.items.every((i) => i.kind === 'invite' && i.status === 'expired')).toBe(true);
    const someone = b.person('viewer');
    const byEmail = readJson(
      await b.call('GET', `/orgs/${b.slug}/users?q=${encodeURIComponent(someone.email.toUpperCase())}`),
      usersPageSchema,
    );
    expect(byEmail.items.map((i) => i.id)).toEqual([someone.id]);
  });

  it('sorts by any column both ways and pages past the end to the last page', async () => {
    const b = startBackend();
    const desc = readJson(
      await b.call('GET', `/orgs/${b.slug}/users?sort=email&dir=desc&pageSize=100`),
      usersPageSchema,
    );
    const emails = desc.items.map((i) => i.email);
    expect(emails).toEqual([...emails].sort((a, z) => z.localeCompare(a, 'en', { sensitivity: 'base' })));
    const far = readJson(await b.call('GET', `/orgs/${b.slug}/users?page=999&pageSize=10`), usersPageSchema);
    expect(far.page).toBe(far.pageCount);
  });

  it('invalid query values fall back to the defaults instead of failing', async () => {
    const b = startBackend();
    const { status, json } = await b.call(
      'GET',
      `/orgs/${b.slug}/users?role=owner&seat=gold&sort=shoe&dir=up&page=-3&pageSize=7`,
    );
    expect(status).toBe(200);
    const page = readJson({ json }, usersPageSchema);
    expect(page.page).toBe(1);
    expect(page.pageSize).toBe(25);
  });

  it('a Member sees the list but not the invites, and may not invite', async () => {
    const b = startBackend();
    b.actAs(b.person('member'));
    const page = readJson(await b.call('GET', `/orgs/${b.slug}/users?pageSize=100`), usersPageSchema);
    expect(page.viewer.seesInvites).toBe(false);
    expect(page.viewer.canInvite.allowed).toBe(false);
    expect(page.items.every((i) => i.kind === 'user')).toBe(true);
  });

  it('a Viewer sees the list read-only', async () => {
    const b = startBackend();
    b.actAs(b.person('viewer'));
    const { status, json } = await b.call('GET', `/orgs/${b.slug}/users`);
    expect(status).toBe(200);
    expect(readJson({ json }, usersPageSchema).viewer.seesInvites).toBe(false);
  });

  it('hidden teams are not named to people outside them', async () => {
    const b = startBackend();
    const hidden = b.db.world.teams.values().find((t) => t.orgId === b.db.homeOrgId && t.settings.hidden);
    expect(hidden, 'the default scenario has a hidden team').toBeDefined();
    const outsiderMember = b.homeUsers().find((u) => u.orgRole !== 'admin' && !hidden?.members.get(u.id));
    b.actAs(outsiderMember ?? null);
    const page = readJson(await b.call('GET', `/orgs/${b.slug}/users?pageSize=100`), usersPageSchema);
    expect(page.items.flatMap((i) => i.teams)).not.toContain(hidden?.name);
    const teamMemberRow = page.items.find((i) => hidden?.members.get(i.id));
    expect(teamMemberRow?.hiddenTeamCount).toBeGreaterThan(0);
  });

  it('401 with no acting user; 403 with reasons for someone outside the org; 404 for an unknown org', async () => {
    const b = startBackend();
    b.actAs(null);
    expect((await b.call('GET', `/orgs/${b.slug}/users`)).status).toBe(401);
    b.actAs(b.outsider());
    const refused = await b.call('GET', `/orgs/${b.slug}/users`);
    expect(refused.status).toBe(403);
    expect(errorOf(refused.json).reasons.length).toBeGreaterThan(0);
    b.actAs(b.person('admin'));
    expect((await b.call('GET', '/orgs/no-such-org/users')).status).toBe(404);
  });

  it('filters, sorts and pages through 10,000 users', async () => {
    const b = startBackend('large');
    const page = readJson(
      await b.call('GET', `/orgs/${b.slug}/users?q=a&sort=lastActive&dir=desc&page=3`),
      usersPageSchema,
    );
    expect(page.total).toBeGreaterThan(1000);
    expect(page.items).toHaveLength(25);
  });
});

describe('PATCH /api/orgs/:org/users/:userId', () => {
  it('an admin changes a member’s role and seat together (order does not matter)', async () => {
    const b = startBackend();
    // Mateo Garcia: a Member with a Full seat who is nobody's last team admin.
    const member = b.member('user-mgarcia');
    expect(member?.modelsSeat).toBe('full');
    const { status } = await b.call('PATCH', `/orgs/${b.slug}/users/${member?.id}`, {
      orgRole: 'viewer',
      modelsSeat: 'viewer',
    });
    expect(status).toBe(200);
    expect(b.member(member?.id ?? '')?.orgRole).toBe('viewer');
    expect(b.member(member?.id ?? '')?.modelsSeat).toBe('viewer');
  });

  it('403 with the engine’s reasons when a Member tries, and nothing changes', async () => {
    const b = startBackend();
    const actor = b.person('member');
    const target = b.person('member', 1);
    b.actAs(actor);
    const { status, json } = await b.call('PATCH', `/orgs/${b.slug}/users/${target.id}`, {
      orgRole: 'admin',
    });
    expect(status).toBe(403);
    expect(errorOf(json).reasons.some((r) => r.effect === 'deny')).toBe(true);
    expect(b.member(target.id)?.orgRole).toBe('member');
  });

  it('409 when demoting the last admin', async () => {
    const b = startBackend();
    const admins = b.homeUsers().filter((u) => u.orgRole === 'admin');
    const [keep, ...others] = admins;
    if (!keep) throw new Error('no admin');
    b.actAs(keep);
    for (const other of others) {
      expect((await b.call('PATCH', `/orgs/${b.slug}/users/${other.id}`, { orgRole: 'member' })).status).toBe(
        200,
      );
    }
    const { status, json } = await b.call('PATCH', `/orgs/${b.slug}/users/${keep.id}`, { orgRole: 'member' });
    expect(status).toBe(409);
    expect(errorOf(json).message).toMatch(/admin/i);
    expect(b.member(keep.id)?.orgRole).toBe('admin');
  });

  it('422 for a body of the wrong shape, with the field named', async () => {
    const b = startBackend();
    const target = b.person('member');
    const { status, json } = await b.call('PATCH', `/orgs/${b.slug}/users/${target.id}`, {
      orgRole: 'owner',
    });
    expect(status).toBe(422);
    expect(Object.keys(errorOf(json).fieldErrors)).toContain('orgRole');
    expect((await b.call('PATCH', `/orgs/${b.slug}/users/${target.id}`, {})).status).toBe(422);
  });

  it('every change lands in the log with its actor', async () => {
    const b = startBackend();
    const target = b.person('member');
    await b.call('PATCH', `/orgs/${b.slug}/users/${target.id}`, { weaveAccess: 'none' });
    const last = b.db.log[b.db.log.length - 1];
    expect(last?.op).toMatchObject({ type: 'member.setSeat', userId: target.id, weaveAccess: 'none' });
    expect(last?.actorId).toBe(b.db.session.actingUserId);
  });
});
