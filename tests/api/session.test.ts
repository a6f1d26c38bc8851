import { describe, expect, it } from 'vitest';
import { candidatesSchema, sessionSchema } from '../../src/api/session';
import { errorOf, startBackend } from './backend';
import { readJson } from './read-json';

describe('session API', () => {
  it('answers the org, the acting admin and their capabilities', async () => {
    const b = startBackend();
    const { status, json } = await b.call('GET', '/session');
    expect(status).toBe(200);
    const session = readJson({ json }, sessionSchema);
    expect(session.org.slug).toBe(b.slug);
    expect(session.org.plan).toBe('enterprise');
    expect(session.actingUser?.orgRole).toBe('admin');
    expect(session.can.inviteUsers.allowed).toBe(true);
    expect(session.can.readAuditLog.allowed).toBe(true);
  });

  it('View as changes the acting user and what they may do, with reasons', async () => {
    const b = startBackend();
    const member = b.person('member');
    const { status, json } = await b.call('PUT', '/session', { userId: member.id });
    expect(status).toBe(200);
    const session = readJson({ json }, sessionSchema);
    expect(session.actingUser?.id).toBe(member.id);
    expect(session.actingUser?.orgRole).toBe('member');
    expect(session.can.inviteUsers.allowed).toBe(false);
    expect(session.can.inviteUsers.reasons.map((r) => r.text).join(' ')).toMatch(member.name);
    expect(session.can.listUsers.allowed).toBe(true);
  });

  it('someone from another org may not see this org: the session says why, GET /orgs/:org answers 403', async () => {
    const b = startBackend();
    const outsider = b.outsider();
    const { json } = await b.call('PUT', '/session', { userId: outsider.id });
    const session = readJson({ json }, sessionSchema);
    expect(session.can.readOrg.allowed).toBe(false);
    expect(session.can.readOrg.reasons.map((r) => r.step)).toContain('identity');
    expect(session.actingUser?.orgSlug).not.toBe(b.slug);
    expect((await b.call('GET', `/orgs/${b.slug}`)).status).toBe(403);
    expect((await b.call('GET', `/orgs/${session.actingUser?.orgSlug ?? ''}`)).status).toBe(200);
    expect((await b.call('GET', '/orgs/no-such-org')).status).toBe(404);
    await b.call('PUT', '/session', { userId: null });
    expect((await b.call('GET', `/orgs/${b.slug}`)).status).toBe(401);
  });

  it('View as an unknown user is a 404 and changes nothing', async () => {
    const b = startBackend();
    const before = b.db.session.actingUserId;
    const { status } = await b.call('PUT', '/session', { userId: 'nobody' });
    expect(status).toBe(404);
    expect(b.db.session.actingUserId).toBe(before);
  });

  it('a body without userId is a 422 with the field named; malformed JSON is a 400', async () => {
    const b = startBackend();
    const wrong = await b.call('PUT', '/session', { user: 'x' });
    expect(wrong.status).toBe(422);
    expect(Object.keys(errorOf(wrong.json).fieldErrors)).toContain('userId');
    const broken = await b.call('PUT', '/session', '{not json');
    expect(broken.status).toBe(400);
  });

  it('the acting user comes from the session, never from the request', async () => {
    const b = startBackend();
    const viewer = b.person('viewer');
    b.actAs(viewer);
    const admin = b.person('admin');
    // A body naming an admin does not make the request an admin's.
    const { status } = await b.call('PATCH', `/orgs/${b.slug}/users/${b.person('member').id}`, {
      orgRole: 'viewer',
      actingUserId: admin.id,
    });
    expect(status).toBe(403);
  });

  it('View as candidates are searchable and put the home org first', async () => {
    const b = startBackend();
    const all = await b.call('GET', '/session/candidates?q=');
    const { items } = readJson(all, candidatesSchema);
    expect(items[0]?.orgRole).toBe('admin');
    const someone = b.person('member');
    const found = await b.call('GET', `/session/candidates?q=${encodeURIComponent(someone.email)}`);
    expect(readJson(found, candidatesSchema).items.map((i) => i.id)).toContain(someone.id);
  });

  it('an unknown API path is a clear 404, not a network error', async () => {
    const b = startBackend();
    const { status, json } = await b.call('GET', '/no-such-thing');
    expect(status).toBe(404);
    expect(errorOf(json).code).toBe('not_found');
  });
});
