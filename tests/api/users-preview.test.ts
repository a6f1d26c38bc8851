// POST /users/:userId/preview: an org role or Models seat change previewed before it is made (ADR 0009).
import { describe, expect, it } from 'vitest';
import { memberChangePreviewSchema } from '../../src/api/member-preview';
import { errorOf, startBackend } from './backend';
import { readJson } from './read-json';
import { findInvariantViolations } from '../../mocks/db/scenarios/invariants';
import type { MemberChangePreview } from '../../src/api/member-preview';

const lostIds = (c: MemberChangePreview['changes'][number]) => c.lost.map((l) => l.permission);

describe('previewing an org role or seat change', () => {
  it('Member → Viewer: every team and project of Mateo, before → after, with what he loses; nothing changes', async () => {
    const b = startBackend();
    const res = await b.call('POST', `/orgs/${b.slug}/users/user-mgarcia/preview`, { orgRole: 'viewer' });
    expect(res.status).toBe(200);
    const preview = readJson(res, memberChangePreviewSchema);
    expect(preview.allowed.allowed).toBe(true);
    expect(preview.summary).toMatch(/1 person/);
    const team = preview.changes.find((c) => c.places.includes('team ml-research'));
    expect(team).toMatchObject({ before: 'Member', after: 'View-Only', losesPermissions: true });
    expect(lostIds(team!)).toContain('run:create');
    expect(team!.lost.find((l) => l.permission === 'run:create')?.description).toBe('Log new runs');
    // His Admin override on llm-finetune goes too.
    const finetune = preview.changes.find((c) => c.places.includes('ml-research/llm-finetune'));
    expect(finetune).toMatchObject({ before: 'Admin', after: 'View-Only', losesAccess: false });
    expect(lostIds(finetune!)).toContain('project:manage_users');
    // A Member holds no org management rights: no organization row.
    expect(preview.changes.some((c) => c.places.some((p) => p.startsWith('organization')))).toBe(false);
    expect(b.member('user-mgarcia')?.orgRole).toBe('member');
    expect(b.db.world.teams.get('team-ml-research')?.members.get('user-mgarcia')?.role).toBe('member');
  });

  it('a seat change keeps the roles and names the lost permissions; Admin → Member leads with the organization', async () => {
    const b = startBackend();
    const seat = readJson(
      await b.call('POST', `/orgs/${b.slug}/users/user-mgarcia/preview`, { modelsSeat: 'viewer' }),
      memberChangePreviewSchema,
    );
    const team = seat.changes.find((c) => c.places.includes('team llm-platform'));
    expect(team).toMatchObject({ before: 'Member', after: 'Member', losesPermissions: true });
    expect(lostIds(team!)).toEqual(expect.arrayContaining(['run:create', 'artifact:download']));
    expect(lostIds(team!)).not.toContain('run:read');

    const admin = readJson(
      await b.call('POST', `/orgs/${b.slug}/users/user-bokafor/preview`, { orgRole: 'member' }),
      memberChangePreviewSchema,
    );
    expect(admin.changes[0]).toMatchObject({
      places: ['organization Acme ML'],
      count: 1,
      before: 'Admin',
      after: 'Member',
      losesPermissions: true,
    });
    expect(lostIds(admin.changes[0]!)).toEqual(
      expect.arrayContaining(['organization:invite_user', 'organization:update_member']),
    );
    expect(lostIds(admin.changes[0]!)).not.toContain('organization:list_users');
    // Teams he only reached as org admin are lost altogether.
    expect(admin.changes.find((c) => c.places.includes('vision/vision-baselines'))).toMatchObject({
      after: null,
      losesAccess: true,
    });
  });

  it('places that change the same way are one entry: named up to 10, counted in full', async () => {
    const b = startBackend();
    const admin = readJson(
      await b.call('POST', `/orgs/${b.slug}/users/user-bokafor/preview`, { orgRole: 'member' }),
      memberChangePreviewSchema,
    );
    const keys = admin.changes.map((c) =>
      JSON.stringify([c.kind, c.before, c.after, c.losesAccess, lostIds(c)]),
    );
    expect(new Set(keys).size).toBe(keys.length);
    for (const c of admin.changes) {
      expect(c.places.length).toBeLessThanOrEqual(10);
      expect(c.count).toBeGreaterThanOrEqual(c.places.length);
    }
    // Every project of the org is counted once, in one entry or another.
    const projects = admin.changes.filter((c) => c.kind === 'project').reduce((n, c) => n + c.count, 0);
    const orgProjects = [...b.db.world.projects.values()].filter(
      (p) => b.db.world.teams.get(p.teamId)?.orgId === b.db.homeOrgId,
    ).length;
    expect(projects).toBe(orgProjects);
  });

  it('a promotion loses nothing: Viewer → Member and Viewer seat → Full', async () => {
    const b = startBackend();
    const erin = b.person('viewer');
    const role = await b.call('POST', `/orgs/${b.slug}/users/${erin.id}/preview`, { orgRole: 'member' });
    expect(role.status).toBe(200);
    expect(readJson(role, memberChangePreviewSchema).changes.some((c) => c.losesPermissions)).toBe(false);
    const seat = readJson(
      await b.call('POST', `/orgs/${b.slug}/users/user-lfischer/preview`, { modelsSeat: 'full' }),
      memberChangePreviewSchema,
    );
    expect(seat.changes.length).toBeGreaterThan(0);
    expect(seat.changes.some((c) => c.losesPermissions)).toBe(false);
  });

  it('refused with the engine’s reasons: a non-admin actor (403), the last admin (409)', async () => {
    const b = startBackend();
    b.actAs(b.person('member'));
    const res = await b.call('POST', `/orgs/${b.slug}/users/user-mgarcia/preview`, { orgRole: 'viewer' });
    expect(res.status).toBe(403);
    const error = errorOf(res.json);
    expect(error.code).toBe('forbidden');
    expect(error.reasons.some((r) => r.effect === 'deny')).toBe(true);
    expect(error.message).toBe(error.reasons.filter((r) => r.effect === 'deny').at(-1)?.text);

    b.actAs(b.db.world.users.get('user-achen') ?? null);
    await b.call('PATCH', `/orgs/${b.slug}/users/user-bokafor`, { orgRole: 'member' });
    const last = await b.call('POST', `/orgs/${b.slug}/users/user-achen/preview`, { orgRole: 'member' });
    expect(last.status).toBe(409);
    expect(errorOf(last.json).message).toMatch(/last org Admin/);

    b.actAs(null);
    expect(
      (await b.call('POST', `/orgs/${b.slug}/users/user-mgarcia/preview`, { orgRole: 'viewer' })).status,
    ).toBe(401);
  });

  it('a bad body is 422 with the field; an unknown member is 404; bulk/preview still reaches the bulk route', async () => {
    const b = startBackend();
    const path = `/orgs/${b.slug}/users/user-mgarcia/preview`;
    const badRole = await b.call('POST', path, { orgRole: 'owner' });
    expect(badRole.status).toBe(422);
    expect(Object.keys(errorOf(badRole.json).fieldErrors)).toContain('orgRole');
    expect((await b.call('POST', path, {})).status).toBe(422);
    expect((await b.call('POST', path, { orgRole: 'viewer', modelsSeat: 'viewer' })).status).toBe(422);
    expect((await b.call('POST', path, { weaveAccess: 'none' })).status).toBe(422);
    expect(
      (await b.call('POST', `/orgs/${b.slug}/users/user-nobody/preview`, { orgRole: 'viewer' })).status,
    ).toBe(404);
    const bulk = await b.call('POST', `/orgs/${b.slug}/users/bulk/preview`, {
      action: { type: 'setRole', role: 'viewer' },
      userIds: ['user-mgarcia'],
    });
    expect(bulk.status).toBe(200);
  });
});

describe('promoting a holder of a custom role to Admin (ADR 0015)', () => {
  it('previews each custom role falling back to its base role, then does it, and the audit says so', async () => {
    const b = startBackend();
    b.actAs(b.person('admin'));
    const world = b.db.world;
    const holder = b
      .homeUsers()
      .find(
        (u) =>
          u.orgRole === 'member' &&
          world.teams.values().some((t) => t.members.get(u.id)?.role.startsWith('custom:')),
      );
    if (!holder) throw new Error('The default scenario has a Member holding a custom team role');
    const team = world.teams.values().find((t) => t.members.get(holder.id)?.role.startsWith('custom:'));
    const ref = team?.members.get(holder.id)?.role ?? '';
    const custom = world.customRoles.get(ref.slice('custom:'.length));
    const preview = await b.call('POST', `/orgs/${b.slug}/users/${holder.id}/preview`, { orgRole: 'admin' });
    expect(preview.status).toBe(200);
    const body = memberChangePreviewSchema.parse(preview.json);
    const base = custom?.base === 'viewer' ? 'View-Only' : 'Member';
    expect(body.heldRoles).toContainEqual({ where: `team ${team?.name}`, before: custom?.name, after: base });
    expect(body.heldRolesNote).toMatch(/Custom roles are for org Members only/);

    const done = await b.call('PATCH', `/orgs/${b.slug}/users/${holder.id}`, { orgRole: 'admin' });
    expect(done.status).toBe(200);
    expect(b.db.world.teams.get(team?.id ?? '')?.members.get(holder.id)?.role).toBe(custom?.base);
    expect(findInvariantViolations(b.db.world)).toEqual([]);
    const log = await b.call('GET', `/orgs/${b.slug}/audit-log`);
    expect(JSON.stringify(log.json)).toContain(`${team?.name} (${base})`);
  });

  it('refuses a request that names a seat the role cannot hold, instead of changing it silently', async () => {
    const b = startBackend();
    b.actAs(b.person('admin'));
    const member = b.person('member');
    const toAdmin = await b.call('PATCH', `/orgs/${b.slug}/users/${member.id}`, {
      orgRole: 'admin',
      modelsSeat: 'none',
    });
    expect(toAdmin.status).toBe(422);
    expect(errorOf(toAdmin.json).fieldErrors.modelsSeat).toMatch(/Admin must hold a Full Models seat/);
    const toViewer = await b.call('PATCH', `/orgs/${b.slug}/users/${member.id}`, {
      orgRole: 'viewer',
      weaveAccess: 'full',
    });
    expect(toViewer.status).toBe(422);
    expect(b.db.log.length).toBe(0);
    // Left out, the seat follows the role.
    const filled = await b.call('PATCH', `/orgs/${b.slug}/users/${member.id}`, { orgRole: 'admin' });
    expect(filled.status).toBe(200);
    expect(b.member(member.id)?.modelsSeat).toBe('full');
  });
});
