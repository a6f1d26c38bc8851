import { describe, expect, it } from 'vitest';
import {
  createInviteResponseSchema,
  inviteAnswerSchema,
  inviteCheckResponseSchema,
  inviteDetailResponseSchema,
  inviteOptionsSchema,
  revokedInviteSchema,
} from '../../src/api/invites';
import { usersPageSchema } from '../../src/api/users';
import { errorOf, startBackend } from './backend';
import { readJson } from './read-json';

type Json = Record<string, unknown>;

const DAY = 24 * 60 * 60 * 1000;
const body = (email: string, extra: Json = {}) => ({
  email,
  orgRole: 'member',
  modelsSeat: 'none',
  ...extra,
});
const denial = (json: unknown) =>
  errorOf(json)
    .reasons.filter((r) => r.effect === 'deny')
    .map((r) => r.text);

describe('GET /api/orgs/:org/invites/options', () => {
  it('gives an admin every choice with the engine decision, and the Full seats left', async () => {
    const b = startBackend();
    const { status, json } = await b.call('GET', `/orgs/${b.slug}/invites/options`);
    expect(status).toBe(200);
    const o = readJson({ json }, inviteOptionsSchema);
    expect(o.flow).toBe('invite');
    expect(o.inviteTtlDays).toBe(7);
    expect(o.fullSeats).toEqual({ used: 21, limit: 23, left: 2 });
    const admin = o.roles.find((r) => r.value === 'admin');
    expect(admin?.decision.allowed).toBe(true);
    expect(admin?.seats.find((s) => s.value === 'viewer')?.decision).toMatchObject({
      allowed: false,
      reasons: [{ text: 'An org Admin must hold a Full Models seat' }],
    });
    const viewer = o.roles.find((r) => r.value === 'viewer');
    expect(viewer?.seats.find((s) => s.value === 'full')?.decision.allowed).toBe(false);
    expect(o.teams.map((t) => t.name)).toContain('ml-research');
    // An org Viewer may only be View-Only in a team.
    const forViewer = o.teamRoles.viewer ?? [];
    expect(forViewer.filter((r) => r.decision.allowed).map((r) => r.value)).toEqual(['viewer']);
    expect(o.teamRoles.member?.some((r) => r.label === 'Launch Manager' && r.decision.allowed)).toBe(true);
  });

  it('tells Members and Viewers why they may not invite, and nothing else; outsiders get 403', async () => {
    const b = startBackend();
    for (const role of ['member', 'viewer'] as const) {
      b.actAs(b.person(role));
      const { status, json } = await b.call('GET', `/orgs/${b.slug}/invites/options`);
      expect(status).toBe(200);
      expect(readJson({ json }, inviteOptionsSchema)).toMatchObject({
        canInvite: { allowed: false },
        fullSeats: null,
        roles: [],
        teams: [],
      });
    }
    b.actAs(b.outsider());
    expect((await b.call('GET', `/orgs/${b.slug}/invites/options`)).status).toBe(403);
  });

  it('disables the org Viewer role on a Teams plan', async () => {
    const b = startBackend('startup');
    const o = readJson(await b.call('GET', `/orgs/${b.slug}/invites/options`), inviteOptionsSchema);
    const viewer = o.roles.find((r) => r.value === 'viewer');
    expect(viewer?.decision.allowed).toBe(false);
    expect(viewer?.decision.reasons.map((r) => r.text)).toContain(
      'The org Viewer role needs an Enterprise license',
    );
  });

  it('offers the Add user flow on Dedicated Cloud', async () => {
    const b = startBackend('dedicated');
    const o = readJson(await b.call('GET', `/orgs/${b.slug}/invites/options`), inviteOptionsSchema);
    expect(o.flow).toBe('add-user');
  });
});

describe('POST /api/orgs/:org/invites', () => {
  it('sends an invite that expires in 7 days and is listed as Invited', async () => {
    const b = startBackend();
    const { status, json } = await b.call(
      'POST',
      `/orgs/${b.slug}/invites`,
      body('new.person@example.com', { teams: [{ teamId: 'team-vision', role: 'member' }] }),
    );
    expect(status).toBe(201);
    const { invite } = readJson({ json }, createInviteResponseSchema);
    expect(Date.parse(invite.expiresAt) - Date.parse(invite.sentAt)).toBe(7 * DAY);
    // The test backend's clock stands at 2026-11-01T13:00Z (mocks/node.ts).
    expect([invite.sentAt, invite.expiresAt]).toEqual([
      '2026-11-01T13:00:00.000Z',
      '2026-11-08T13:00:00.000Z',
    ]);
    expect(invite.status).toBe('invited');
    const list = readJson(await b.call('GET', `/orgs/${b.slug}/users?q=new.person`), usersPageSchema);
    expect(list.items.map((i) => i.status)).toEqual(['invited']);
  });

  it('resolves the username of someone in another org to that person', async () => {
    const b = startBackend();
    const { status, json } = await b.call('POST', `/orgs/${b.slug}/invites`, body('sberg'));
    expect(status).toBe(201);
    const created = readJson({ json }, createInviteResponseSchema);
    expect(created.invite.email).toBe('sven.berg@globex.io');
    expect(created.invitee).toMatchObject({ name: 'Sven Berg', orgName: 'Globex' });
  });

  it('answers 422 on its field for an invalid email or an unknown username', async () => {
    const b = startBackend();
    const bad = await b.call('POST', `/orgs/${b.slug}/invites`, body('ada@'));
    expect(bad.status).toBe(422);
    expect(errorOf(bad.json).fieldErrors.email).toMatch(/valid email/);
    const unknown = await b.call('POST', `/orgs/${b.slug}/invites`, body('nobody-by-this-name'));
    expect(unknown.status).toBe(422);
    expect(errorOf(unknown.json).fieldErrors.email).toMatch(/neither an email address nor a username/);
  });

  it('answers 409 for a member, a pending invite and the seat limit', async () => {
    const b = startBackend();
    const member = await b.call('POST', `/orgs/${b.slug}/invites`, body('carla.mendes@acme-ml.com'));
    expect(member.status).toBe(409);
    expect(errorOf(member.json).message).toMatch(/Carla Mendes is already a member of Acme ML/);
    const again = await b.call('POST', `/orgs/${b.slug}/invites`, body('NORA.lindqvist@acme-ml.com'));
    expect(again.status).toBe(409);
    expect(errorOf(again.json).message).toMatch(/already invited/);
    for (const n of [1, 2]) {
      const ok = await b.call(
        'POST',
        `/orgs/${b.slug}/invites`,
        body(`full${n}@example.com`, { modelsSeat: 'full' }),
      );
      expect(ok.status).toBe(201);
    }
    const third = await b.call(
      'POST',
      `/orgs/${b.slug}/invites`,
      body('full3@example.com', { modelsSeat: 'full' }),
    );
    expect(third.status).toBe(409);
    expect(errorOf(third.json).message).toMatch(/^Seat limit reached/);
  });

  it('refuses Members and Viewers (403 with reasons) and signed-out callers (401)', async () => {
    const b = startBackend();
    for (const role of ['member', 'viewer'] as const) {
      b.actAs(b.person(role));
      const r = await b.call('POST', `/orgs/${b.slug}/invites`, body('someone@example.com'));
      expect(r.status).toBe(403);
      expect(denial(r.json).length).toBeGreaterThan(0);
    }
    b.actAs(null);
    expect((await b.call('POST', `/orgs/${b.slug}/invites`, body('someone@example.com'))).status).toBe(401);
  });

  it('refuses the org Viewer role on a Teams plan', async () => {
    const b = startBackend('startup');
    const r = await b.call(
      'POST',
      `/orgs/${b.slug}/invites`,
      body('v@example.com', { orgRole: 'viewer', modelsSeat: 'viewer' }),
    );
    expect(r.status).toBe(403);
    expect(errorOf(r.json).message).toBe('The org Viewer role needs an Enterprise license');
  });

  it('adds a user on Dedicated Cloud, with or without the invite email', async () => {
    const b = startBackend('dedicated');
    const quiet = await b.call(
      'POST',
      `/orgs/${b.slug}/invites`,
      body('quiet@northwind-health.org', { sendEmail: false }),
    );
    expect(quiet.status).toBe(201);
    expect(readJson(quiet, createInviteResponseSchema).emailSent).toBe(false);
    const mailed = await b.call('POST', `/orgs/${b.slug}/invites`, body('mailed@northwind-health.org'));
    expect(readJson(mailed, createInviteResponseSchema).emailSent).toBe(true);
  });

  it('checks a would-be invite without sending it (?dryRun=1)', async () => {
    const b = startBackend();
    const r = await b.call('POST', `/orgs/${b.slug}/invites?dryRun=1`, body('cmendes'));
    expect(r.status).toBe(200);
    const check = readJson(r, inviteCheckResponseSchema);
    expect(check.invitee).toMatchObject({ name: 'Carla Mendes', orgName: 'Acme ML' });
    expect(check.decision).toMatchObject({ allowed: false });
    const fine = await b.call('POST', `/orgs/${b.slug}/invites?dryRun=1`, body('fresh@example.com'));
    expect(readJson(fine, inviteCheckResponseSchema)).toMatchObject({
      invitee: null,
      decision: { allowed: true },
    });
    expect(readJson(await b.call('GET', `/orgs/${b.slug}/users?q=fresh`), usersPageSchema).total).toBe(0);
  });
});

describe('an invite: detail, resend, revoke, edit', () => {
  it('shows the invite with what the admin may do, and hides it from a Member', async () => {
    const b = startBackend();
    const r = await b.call('GET', `/orgs/${b.slug}/invites/invite-1`);
    expect(r.status).toBe(200);
    expect(readJson(r, inviteDetailResponseSchema)).toMatchObject({
      invite: { email: 'nora.lindqvist@acme-ml.com', teams: [{ name: 'ml-research', roleLabel: 'Member' }] },
      can: { resend: { allowed: true }, revoke: { allowed: true }, update: { allowed: true } },
    });
    expect((await b.call('GET', `/orgs/${b.slug}/invites/invite-99`)).status).toBe(404);
    b.actAs(b.person('member'));
    expect((await b.call('GET', `/orgs/${b.slug}/invites/invite-1`)).status).toBe(403);
  });

  it('resends an expired invite with a fresh 7-day expiry', async () => {
    const b = startBackend();
    const before = readJson(
      await b.call('GET', `/orgs/${b.slug}/invites/invite-4`),
      inviteDetailResponseSchema,
    ).invite;
    expect(before.status).toBe('expired');
    const r = await b.call('POST', `/orgs/${b.slug}/invites/invite-4/resend`);
    expect(r.status).toBe(200);
    const after = readJson(r, inviteAnswerSchema).invite;
    expect(after.status).toBe('invited');
    expect(after.sentAt).toBe(b.db.now());
    expect(Date.parse(after.expiresAt) - Date.parse(after.sentAt)).toBe(7 * DAY);
    expect(after.expiresAt).toBe('2026-11-08T13:00:00.000Z');
  });

  it('revokes once; a second revoke is a 409; Members get 403', async () => {
    const b = startBackend();
    b.actAs(b.person('member'));
    const denied = await b.call('DELETE', `/orgs/${b.slug}/invites/invite-1`);
    expect(denied.status).toBe(403);
    b.actAs(b.person('admin'));
    const revoked = await b.call('DELETE', `/orgs/${b.slug}/invites/invite-1`);
    expect(revoked.status).toBe(200);
    expect(readJson(revoked, revokedInviteSchema)).toEqual({
      id: 'invite-1',
      email: 'nora.lindqvist@acme-ml.com',
    });
    const again = await b.call('DELETE', `/orgs/${b.slug}/invites/invite-1`);
    expect(again.status).toBe(409);
    expect(readJson(await b.call('GET', `/orgs/${b.slug}/users?q=nora`), usersPageSchema).total).toBe(0);
  });

  it('edits role, seat and teams, refusing combinations the engine refuses', async () => {
    const b = startBackend();
    const r = await b.call('PATCH', `/orgs/${b.slug}/invites/invite-1`, {
      orgRole: 'viewer',
      modelsSeat: 'viewer',
      teams: [{ teamId: 'team-vision', role: 'viewer' }],
    });
    expect(r.status).toBe(200);
    expect(readJson(r, inviteAnswerSchema).invite).toMatchObject({
      orgRole: 'viewer',
      teams: [{ name: 'vision', roleLabel: 'View-Only' }],
    });
    const bad = await b.call('PATCH', `/orgs/${b.slug}/invites/invite-1`, { modelsSeat: 'full' });
    expect(bad.status).toBe(422);
    expect(errorOf(bad.json).fieldErrors.modelsSeat).toMatch(/org Viewer can hold only/);
    const badTeam = await b.call('PATCH', `/orgs/${b.slug}/invites/invite-1`, {
      teams: [{ teamId: 'team-vision', role: 'admin' }],
    });
    expect(badTeam.status).toBe(422);
    expect((await b.call('PATCH', `/orgs/${b.slug}/invites/invite-1`, {})).status).toBe(422);
    b.actAs(b.person('viewer'));
    expect((await b.call('PATCH', `/orgs/${b.slug}/invites/invite-1`, { orgRole: 'member' })).status).toBe(
      403,
    );
  });
});
