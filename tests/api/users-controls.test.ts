// Per-row, per-option decisions of GET /users, and PATCH's before/after (what Undo sends back).
import { describe, expect, it } from 'vitest';
import { updateMemberResultSchema, usersPageSchema } from '../../src/api/users';
import { errorOf, startBackend } from './backend';
import { readJson } from './read-json';

type Backend = ReturnType<typeof startBackend>;

async function rowOf(b: Backend, userId: string) {
  const user = b.db.world.users.get(userId);
  const page = readJson(
    await b.call('GET', `/orgs/${b.slug}/users?q=${encodeURIComponent(user?.email ?? '')}`),
    usersPageSchema,
  );
  const row = page.items.find((i) => i.id === userId);
  if (!row?.controls) throw new Error(`no controls for ${userId}`);
  return { row, controls: row.controls, page };
}

const reason = (d: { reasons: { text: string; effect: string }[] }) =>
  d.reasons
    .filter((r) => r.effect === 'deny')
    .map((r) => r.text)
    .join(' ');

describe('per-row decisions in GET /api/orgs/:org/users', () => {
  it('the current value is allowed; an Admin cannot drop below a Full seat', async () => {
    const b = startBackend();
    const { controls } = await rowOf(b, 'user-bokafor');
    expect(controls.orgRole.admin.allowed).toBe(true);
    expect(controls.orgRole.member.allowed).toBe(true);
    expect(controls.modelsSeat.viewer.allowed).toBe(false);
    expect(reason(controls.modelsSeat.viewer)).toMatch(/Admin must hold a Full Models seat/);
    expect(controls.weaveAccess.none.allowed).toBe(true);
    expect(controls.remove.allowed).toBe(true);
  });

  it('the last admin cannot be demoted or removed, with the reason', async () => {
    const b = startBackend();
    await b.call('PATCH', `/orgs/${b.slug}/users/user-bokafor`, { orgRole: 'member' });
    const { controls, page } = await rowOf(b, 'user-achen');
    expect(page.summary.admins).toBe(1);
    for (const d of [controls.orgRole.member, controls.orgRole.viewer, controls.remove]) {
      expect(d.allowed).toBe(false);
      expect(reason(d)).toMatch(/last org Admin/);
    }
  });

  it('a sole team admin cannot become a Viewer; the billing admin cannot either', async () => {
    const b = startBackend();
    const carla = await rowOf(b, 'user-cmendes');
    expect(reason(carla.controls.orgRole.viewer)).toMatch(/last Admin of team vision/);
    expect(carla.controls.remove.allowed).toBe(false);
    expect(reason(carla.controls.remove)).toMatch(/last Admin of team vision/);
    const rosa = await rowOf(b, 'user-ralvarez');
    expect(reason(rosa.controls.orgRole.viewer)).toMatch(/billing admin/);
  });

  it('an org Viewer cannot hold a Full seat; Full seats run out at the license limit', async () => {
    const b = startBackend();
    const erin = await rowOf(b, 'user-ewalsh');
    expect(reason(erin.controls.modelsSeat.full)).toMatch(
      /Viewer can hold only a Viewer Models seat or none/,
    );
    // 19 Full seats + 2 pending invites of 23: two left.
    for (const id of ['user-lfischer', 'user-bcosta'])
      expect((await b.call('PATCH', `/orgs/${b.slug}/users/${id}`, { modelsSeat: 'full' })).status).toBe(200);
    const omar = await rowOf(b, 'user-ofarouk');
    expect(reason(omar.controls.modelsSeat.full)).toMatch(/Seat limit reached/);
    expect(reason(omar.controls.orgRole.admin)).toMatch(/Seat limit reached/);
    expect(omar.page.summary).toMatchObject({ fullSeatsUsed: 21, fullSeatsPending: 2, fullSeatLimit: 23 });
  });

  it('Viewer needs Enterprise: on the Teams plan the option is refused with the plan reason', async () => {
    const b = startBackend('startup');
    const member = b.person('member');
    const { controls } = await rowOf(b, member.id);
    expect(reason(controls.orgRole.viewer)).toMatch(/Enterprise/);
  });

  it('Members and Viewers get no controls (plain values)', async () => {
    const b = startBackend();
    for (const who of [b.person('member'), b.person('viewer')]) {
      b.actAs(who);
      const page = readJson(await b.call('GET', `/orgs/${b.slug}/users?pageSize=100`), usersPageSchema);
      expect(page.items.every((i) => i.controls === null)).toBe(true);
      expect(page.viewer.canUpdateMembers.allowed).toBe(false);
    }
  });

  it('invite rows carry no member controls', async () => {
    const b = startBackend();
    const page = readJson(await b.call('GET', `/orgs/${b.slug}/users?status=invited`), usersPageSchema);
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((i) => i.controls === null)).toBe(true);
  });
});

describe('PATCH answers before and after, and Undo is the inverse PATCH', () => {
  it('promoting to Admin gives a Full seat; the inverse PATCH restores role and seat', async () => {
    const b = startBackend();
    const res = await b.call('PATCH', `/orgs/${b.slug}/users/user-lfischer`, { orgRole: 'admin' });
    expect(res.status).toBe(200);
    const result = readJson(res, updateMemberResultSchema);
    expect(result.before).toEqual({ orgRole: 'member', modelsSeat: 'viewer', weaveAccess: 'viewer' });
    expect(result.after).toEqual({ orgRole: 'admin', modelsSeat: 'full', weaveAccess: 'viewer' });
    const undo = await b.call('PATCH', `/orgs/${b.slug}/users/user-lfischer`, {
      orgRole: result.before.orgRole,
      modelsSeat: result.before.modelsSeat,
    });
    expect(undo.status).toBe(200);
    expect(b.member('user-lfischer')).toMatchObject({ orgRole: 'member', modelsSeat: 'viewer' });
  });

  it('demoting to Viewer reports the team roles turned View-Only', async () => {
    const b = startBackend();
    const result = readJson(
      await b.call('PATCH', `/orgs/${b.slug}/users/user-mgarcia`, { orgRole: 'viewer' }),
      updateMemberResultSchema,
    );
    expect(result.after).toMatchObject({ orgRole: 'viewer', modelsSeat: 'viewer' });
    expect(result.teamRolesChanged).toBe(2);
  });

  it('Undo is itself checked: refused (409) when the freed Full seat was taken meanwhile', async () => {
    const b = startBackend();
    await b.call('PATCH', `/orgs/${b.slug}/users/user-lfischer`, { modelsSeat: 'full' });
    const first = readJson(
      await b.call('PATCH', `/orgs/${b.slug}/users/user-mgarcia`, { modelsSeat: 'none' }),
      updateMemberResultSchema,
    );
    for (const id of ['user-bcosta', 'user-ofarouk'])
      expect((await b.call('PATCH', `/orgs/${b.slug}/users/${id}`, { modelsSeat: 'full' })).status).toBe(200);
    const undo = await b.call('PATCH', `/orgs/${b.slug}/users/user-mgarcia`, {
      modelsSeat: first.before.modelsSeat,
    });
    expect(undo.status).toBe(409);
    expect(errorOf(undo.json).message).toMatch(/Seat limit reached/);
  });

  it('a Member and a Viewer are refused 403 with the reason, whatever they ask', async () => {
    const b = startBackend();
    for (const who of [b.person('member'), b.person('viewer')]) {
      b.actAs(who);
      const res = await b.call('PATCH', `/orgs/${b.slug}/users/user-mgarcia`, { weaveAccess: 'none' });
      expect(res.status).toBe(403);
      expect(errorOf(res.json).message).toMatch(/admin/i);
    }
    expect(b.member('user-mgarcia')?.weaveAccess).toBe('full');
  });

  it('404 for a user of another org, 401 signed out', async () => {
    const b = startBackend();
    expect(
      (await b.call('PATCH', `/orgs/${b.slug}/users/${b.outsider().id}`, { orgRole: 'member' })).status,
    ).toBe(404);
    b.actAs(null);
    expect((await b.call('PATCH', `/orgs/${b.slug}/users/user-mgarcia`, { orgRole: 'member' })).status).toBe(
      401,
    );
  });
});
