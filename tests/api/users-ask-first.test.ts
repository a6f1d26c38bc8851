// PATCH /users/:userId with `ask` and `expected` (ADR 0020): a promotion is made in one request; a change
// that can take something away answers with its preview ({ confirm }) and changes nothing; the confirmation
// carries the preview's version and is refused with 409 and the fresh preview when what it said no
// longer holds (another tab's change in between).
import { describe, expect, it } from 'vitest';
import {
  memberChangeAskedSchema,
  memberChangeStaleSchema,
  orgMemberPreviewSchema,
  updateMemberResultSchema,
} from '../../src/api/users';
import { errorOf, startBackend } from './backend';
import { readJson } from './read-json';

const mateo = 'user-mgarcia';

describe('asking first', () => {
  it('a promotion is made at once, in one request', async () => {
    const b = startBackend();
    const erin = b.homeUsers().find((u) => u.name === 'Erin Walsh');
    const res = await b.call('PATCH', `/orgs/${b.slug}/users/${erin?.id}`, { orgRole: 'member', ask: true });
    expect(res.status).toBe(200);
    const result = readJson(res, updateMemberResultSchema);
    expect(result.after.orgRole).toBe('member');
    expect(result).toMatchObject({ selfDemotion: false, undoNote: null });
  });

  it('a demotion answers with the preview and changes nothing; its version confirms it', async () => {
    const b = startBackend();
    const asked = await b.call('PATCH', `/orgs/${b.slug}/users/${mateo}`, { orgRole: 'viewer', ask: true });
    expect(asked.status).toBe(200);
    const held = { preview: readJson(asked, memberChangeAskedSchema).confirm };
    expect(held.preview.changes.some((c) => c.places.includes('team ml-research') && c.losesPermissions)).toBe(
      true,
    );
    expect(held.preview.selfDemotion).toBe(false);
    // Becoming a Viewer turns his team roles View-Only: Undo cannot bring those back, and says so.
    expect(held.preview.undoNote).toBe(
      'Undo restores the org role and seat, not the team and project roles.',
    );
    expect(b.member(mateo)?.orgRole).toBe('member');

    const done = await b.call('PATCH', `/orgs/${b.slug}/users/${mateo}`, {
      orgRole: 'viewer',
      expected: held.preview.version,
    });
    expect(done.status).toBe(200);
    const result = readJson(done, updateMemberResultSchema);
    expect(result.after.orgRole).toBe('viewer');
    expect(result.undoNote).toBe(held.preview.undoNote);
  });

  it('the preview endpoint gives the same version the PATCH checks', async () => {
    const b = startBackend();
    const preview = readJson(
      await b.call('POST', `/orgs/${b.slug}/users/${mateo}/preview`, { modelsSeat: 'viewer' }),
      orgMemberPreviewSchema,
    );
    const held = {
      preview: readJson(
        await b.call('PATCH', `/orgs/${b.slug}/users/${mateo}`, { modelsSeat: 'viewer', ask: true }),
        memberChangeAskedSchema,
      ).confirm,
    };
    expect(held.preview.version).toBe(preview.version);
  });

  it('an admin demoting themselves is told so by the server, and that Undo cannot bring it back', async () => {
    const b = startBackend();
    const me = b.db.defaultActorId;
    const held = {
      preview: readJson(
        await b.call('PATCH', `/orgs/${b.slug}/users/${me}`, { orgRole: 'member', ask: true }),
        memberChangeAskedSchema,
      ).confirm,
    };
    expect(held.preview).toMatchObject({
      selfDemotion: true,
      undoNote: 'Only another admin can make you Admin again.',
    });
    const other = readJson(
      await b.call('POST', `/orgs/${b.slug}/users/user-bokafor/preview`, { orgRole: 'member' }),
      orgMemberPreviewSchema,
    );
    expect(other.selfDemotion).toBe(false);
    const done = readJson(
      await b.call('PATCH', `/orgs/${b.slug}/users/${me}`, {
        orgRole: 'member',
        expected: held.preview.version,
      }),
      updateMemberResultSchema,
    );
    expect(done.selfDemotion).toBe(true);
  });

  it('a promotion that replaces a custom role the person holds asks first (ADR 0015)', async () => {
    const b = startBackend();
    const world = b.db.world;
    const holder = b
      .homeUsers()
      .find(
        (u) =>
          u.orgRole === 'member' &&
          world.teams.values().some((t) => t.members.get(u.id)?.role.startsWith('custom:')),
      );
    if (!holder) throw new Error('The default scenario has a Member holding a custom team role');
    const res = await b.call('PATCH', `/orgs/${b.slug}/users/${holder.id}`, { orgRole: 'admin', ask: true });
    expect(readJson(res, memberChangeAskedSchema).confirm.heldRoles.length).toBeGreaterThan(0);
    expect(b.member(holder.id)?.orgRole).toBe('member');
  });

  it('asking about two changes at once is refused (422)', async () => {
    const b = startBackend();
    const res = await b.call('PATCH', `/orgs/${b.slug}/users/${mateo}`, {
      orgRole: 'member',
      modelsSeat: 'viewer',
      ask: true,
    });
    expect(res.status).toBe(422);
  });
});

describe('the rule behind asking: only a lower role or seat can take permissions away', () => {
  it('no promotion of anyone in the default org loses a permission anywhere (the full preview agrees)', async () => {
    const b = startBackend();
    const up = { orgRole: ['viewer', 'member', 'admin'], modelsSeat: ['none', 'viewer', 'full'] } as const;
    let checked = 0;
    for (const user of b.homeUsers()) {
      for (const field of ['orgRole', 'modelsSeat'] as const) {
        const ladder: readonly string[] = up[field];
        for (const value of ladder.slice(ladder.indexOf(user[field]) + 1)) {
          const res = await b.call('POST', `/orgs/${b.slug}/users/${user.id}/preview`, { [field]: value });
          if (res.status !== 200) continue; // refused (seat limit, plan): nothing to compare
          const preview = readJson(res, orgMemberPreviewSchema);
          expect(
            preview.changes.filter((c) => c.losesPermissions),
            `${user.name} ${field} ${value}`,
          ).toEqual([]);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('a confirmation prepared on a state that has since changed', () => {
  it('still goes through when the change in between does not touch what the preview said', async () => {
    const b = startBackend();
    const held = {
      preview: readJson(
        await b.call('PATCH', `/orgs/${b.slug}/users/${mateo}`, { orgRole: 'viewer', ask: true }),
        memberChangeAskedSchema,
      ).confirm,
    };
    // Another tab promotes someone else.
    const erin = b.homeUsers().find((u) => u.name === 'Erin Walsh');
    expect((await b.call('PATCH', `/orgs/${b.slug}/users/${erin?.id}`, { orgRole: 'member' })).status).toBe(
      200,
    );
    const done = await b.call('PATCH', `/orgs/${b.slug}/users/${mateo}`, {
      orgRole: 'viewer',
      expected: held.preview.version,
    });
    expect(done.status).toBe(200);
  });

  it('is refused with 409 and the fresh preview when it no longer holds; the fresh version confirms', async () => {
    const b = startBackend();
    const held = {
      preview: readJson(
        await b.call('PATCH', `/orgs/${b.slug}/users/${mateo}`, { modelsSeat: 'none', ask: true }),
        memberChangeAskedSchema,
      ).confirm,
    };
    // Another tab makes Mateo a Viewer first: the seat change now means something else.
    const viewer = await b.call('PATCH', `/orgs/${b.slug}/users/${mateo}`, { orgRole: 'viewer' });
    expect(viewer.status).toBe(200);
    const stale = await b.call('PATCH', `/orgs/${b.slug}/users/${mateo}`, {
      modelsSeat: 'none',
      expected: held.preview.version,
    });
    expect(stale.status).toBe(409);
    const fresh = readJson(stale, memberChangeStaleSchema);
    expect(errorOf(stale.json).message).toMatch(/changed since this was previewed/);
    expect(fresh.preview.version).not.toBe(held.preview.version);
    expect(b.member(mateo)?.modelsSeat).toBe('viewer');

    const done = await b.call('PATCH', `/orgs/${b.slug}/users/${mateo}`, {
      modelsSeat: 'none',
      expected: fresh.preview.version,
    });
    expect(done.status).toBe(200);
    expect(b.member(mateo)?.modelsSeat).toBe('none');
  });

  it('a version that was never a preview is refused like a changed one, never trusted', async () => {
    const b = startBackend();
    const res = await b.call('PATCH', `/orgs/${b.slug}/users/${mateo}`, {
      orgRole: 'viewer',
      expected: 'made-up.0000',
    });
    expect(res.status).toBe(409);
    expect(b.member(mateo)?.orgRole).toBe('member');
  });
});
