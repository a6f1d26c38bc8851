// Two admins at once (ADR 0027): 403 with the engine's reasons for a person without the permission,
// 409 with the fresh preview for a confirmation made on an older state, 412 for a stale If-Match, and
// every change of two clients writing together kept.
import { describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../src/api/errors';
import { memberChangeAskedSchema, usersPageSchema } from '../../src/api/users';
import { client, freshPlace, KINDS, serve, startWithKeys } from './harness';

const mateo = 'user-mgarcia';

describe.each(KINDS)('many people at once (%s)', (kind) => {
  it('an admin viewing as a member is refused what the member may not do; outsiders cannot be viewed as', async () => {
    const server = await serve(await freshPlace(kind), 'default');
    const admin = client(server.url, server.adminKey!);
    const browser = client(server.url);
    await browser.signIn(server.adminKey!.username, server.adminKey!.key);
    // The session says whether the menu offers View as (the engine's offersViewAs), so the page never
    // reads roles itself: an org Admin is offered it, and so is the way back while viewing as Mateo.
    const offered = async () =>
      ((await browser.call('GET', '/session')).json as { offersViewAs?: boolean }).offersViewAs;
    expect(await offered()).toBe(true);
    expect((await browser.call('PUT', '/session', { userId: mateo })).status).toBe(200);
    expect(await offered()).toBe(true);
    const refused = await browser.call('PATCH', `/orgs/acme-ml/users/user-achen`, { orgRole: 'viewer' });
    expect(refused.status).toBe(403);
    expect(errorBodySchema.parse(refused.json).error.reasons.length).toBeGreaterThan(0);
    // Someone in no org Ava administers (Globex's people) is refused, with the engine's reason.
    const outsider = await admin.call('PUT', '/session', { userId: 'user-nrahman' });
    expect(outsider.status).toBe(403);
    expect(errorBodySchema.parse(outsider.json).error.message).toMatch(/Only an organization's Admins/);
  });

  it('a member signed in with their own key (printed by --key-for) is refused with 403, and may not View as', async () => {
    const place = await freshPlace(kind);
    const first = await serve(place, 'default');
    await first.close();
    const server = await startWithKeys(place, ['mgarcia']);
    const key = server.keys[0];
    expect(key?.username).toBe('mgarcia');
    const mateoClient = client(server.url, key!);
    const refused = await mateoClient.call('PATCH', '/orgs/acme-ml/users/user-achen', { orgRole: 'viewer' });
    expect(refused.status).toBe(403);
    expect(errorBodySchema.parse(refused.json).error.reasons.map((r) => r.text)).toContain(
      'Mateo Garcia is an org Member of Acme ML',
    );
    const viewAs = await mateoClient.call('PUT', '/session', { userId: 'user-achen' });
    expect(viewAs.status).toBe(403);
    // …and the menu does not offer it to him.
    const session = (await mateoClient.call('GET', '/session')).json as { offersViewAs?: boolean };
    expect(session.offersViewAs).toBe(false);
  });

  it('a confirmation made on an older state is 409 with the fresh preview', async () => {
    const server = await serve(await freshPlace(kind), 'default');
    const ava = client(server.url, server.adminKey!);
    const other = client(server.url, server.adminKey!);
    const asked = await ava.call('PATCH', `/orgs/acme-ml/users/${mateo}`, { modelsSeat: 'none', ask: true });
    const version = memberChangeAskedSchema.parse(asked.json).confirm.version;
    expect((await other.call('PATCH', `/orgs/acme-ml/users/${mateo}`, { orgRole: 'viewer' })).status).toBe(
      200,
    );
    const stale = await ava.call('PATCH', `/orgs/acme-ml/users/${mateo}`, {
      modelsSeat: 'none',
      expected: version,
    });
    expect(stale.status).toBe(409);
  });

  it('a write with a stale If-Match is 412; the current ETag goes through', async () => {
    const server = await serve(await freshPlace(kind), 'default');
    const ava = client(server.url, server.adminKey!);
    const head = await ava.call('HEAD', `/orgs/acme-ml/users/${mateo}`);
    const etag = head.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    const first = await ava.call(
      'PATCH',
      `/orgs/acme-ml/users/${mateo}`,
      { modelsSeat: 'viewer' },
      { 'if-match': etag! },
    );
    expect(first.status).toBe(200);
    const next = first.headers.get('etag');
    expect(next).not.toBe(etag);
    const stale = await ava.call(
      'PATCH',
      `/orgs/acme-ml/users/${mateo}`,
      { modelsSeat: 'full' },
      { 'if-match': etag! },
    );
    expect(stale.status).toBe(412);
    expect(errorBodySchema.parse(stale.json).error.message).toMatch(/changed since you read it/);
    const fresh = await ava.call(
      'PATCH',
      `/orgs/acme-ml/users/${mateo}`,
      { modelsSeat: 'full' },
      { 'if-match': next! },
    );
    expect(fresh.status).toBe(200);
  });

  it('two clients writing at once: every change is kept, and each sees the other’s', async () => {
    const server = await serve(await freshPlace(kind), 'default');
    const a = client(server.url, server.adminKey!);
    const b = client(server.url);
    await b.signIn(server.adminKey!.username, server.adminKey!.key);
    const names = Array.from({ length: 12 }, (_, i) => `key-${i}`);
    const answers = await Promise.all(
      names.map((name, i) => (i % 2 ? a : b).call('POST', '/me/api-keys', { name })),
    );
    expect(answers.map((r) => r.status)).toEqual(names.map(() => 201));
    const seen = (await a.call('GET', '/me/api-keys')).json as { keys: { name: string }[] };
    expect(seen.keys.map((k) => k.name)).toEqual(expect.arrayContaining(names));

    const users = await a.call('GET', '/orgs/acme-ml/users?q=mateo');
    expect(usersPageSchema.parse(users.json).items.length).toBeGreaterThan(0);
  });
});
