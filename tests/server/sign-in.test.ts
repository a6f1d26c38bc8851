// The shared server over HTTP (ADR 0027): signing in with a username and API key, Basic auth, a
// person's own keys (shown once, stored hashed, audited), 401 without credentials, and the demo's
// panels refused.
import { describe, expect, it } from 'vitest';
import { apiKeysSchema, createdApiKeySchema, serverSessionSchema, signedInSchema } from '../../src/api/auth';
import { errorBodySchema } from '../../src/api/errors';
import { client, freshPlace, KINDS, serve } from './harness';

describe.each(KINDS)('signing in (%s)', (kind) => {
  it('answers 401 without credentials, and signs in with the printed admin key', async () => {
    const server = await serve(await freshPlace(kind), 'default');
    const admin = server.adminKey;
    if (!admin) throw new Error('no admin key printed');
    expect(admin.key).toMatch(/^[0-9a-f]{40}$/);
    const anon = client(server.url);
    const none = await anon.call('GET', '/session');
    expect(none.status).toBe(401);
    expect(errorBodySchema.parse(none.json).error.code).toBe('unauthenticated');
    expect((await anon.call('GET', '/orgs/acme-ml/users')).status).toBe(401);

    const wrong = await anon.signIn(admin.username, 'f'.repeat(40));
    expect(wrong.status).toBe(401);
    expect(errorBodySchema.parse(wrong.json).error.message).toBe('Unknown username or API key.');

    const browser = client(server.url);
    const signed = await browser.signIn(admin.username, admin.key);
    expect(signed.status).toBe(200);
    expect(signed.headers.getSetCookie()[0]).toMatch(/^ac_session=[\w-]+; HttpOnly; SameSite=Lax; Path=\/$/);
    expect(signedInSchema.parse(signed.json).user.actingUser?.username).toBe(admin.username);
    const session = serverSessionSchema.parse((await browser.call('GET', '/session')).json);
    expect(session.signedInUser?.username).toBe(admin.username);
    expect((await browser.call('GET', '/orgs/acme-ml/users')).status).toBe(200);

    const script = client(server.url, admin);
    expect((await script.call('GET', '/orgs/acme-ml/users')).status).toBe(200);
    expect((await client(server.url, { ...admin, key: 'nope' }).call('GET', '/session')).status).toBe(401);

    expect((await browser.call('POST', '/auth/sign-out')).status).toBe(204);
    expect(browser.cookie).toBeNull();
    expect((await browser.call('GET', '/session')).status).toBe(401);
  });

  it('a person creates and revokes their own keys; another person’s key is 404; the log keeps no secret', async () => {
    const server = await serve(await freshPlace(kind), 'default');
    const admin = server.adminKey!;
    const me = client(server.url, admin);
    const made = await me.call('POST', '/me/api-keys', { name: 'laptop' });
    expect(made.status).toBe(201);
    const { key, secret } = createdApiKeySchema.parse(made.json);
    expect(key.preview).toBe(`…${secret.slice(-4)}`);
    const listed = apiKeysSchema.parse((await me.call('GET', '/me/api-keys')).json).keys;
    expect(listed.map((k) => k.name)).toContain('laptop');
    expect(JSON.stringify(listed)).not.toContain(secret);

    // The new key works on its own, and records when it was used.
    const laptop = client(server.url, { username: admin.username, key: secret });
    expect((await laptop.call('GET', '/session')).status).toBe(200);
    const used = apiKeysSchema
      .parse((await me.call('GET', '/me/api-keys')).json)
      .keys.find((k) => k.id === key.id);
    expect(used?.lastUsedAt).not.toBeNull();

    // Viewing as someone, an admin may not make keys for them (a key would sign in as them).
    const browser = client(server.url);
    await browser.signIn(admin.username, admin.key);
    expect((await browser.call('PUT', '/session', { userId: 'user-mgarcia' })).status).toBe(200);
    expect((await browser.call('POST', '/me/api-keys', { name: 'as mateo' })).status).toBe(403);
    expect((await browser.call('DELETE', `/me/api-keys/${key.id}`)).status).toBe(403);

    const audit = await me.call('GET', '/orgs/acme-ml/audit-log?action=user:create_api_key');
    expect(JSON.stringify(audit.json)).toContain('laptop');
    expect(JSON.stringify(audit.json)).not.toContain(secret);

    expect((await me.call('DELETE', `/me/api-keys/${key.id}`)).status).toBe(204);
    expect((await laptop.call('GET', '/session')).status).toBe(401);
    expect((await me.call('DELETE', `/me/api-keys/${key.id}`)).status).toBe(404);
  });

  it('refuses the demo panel and the arrivals panel', async () => {
    const server = await serve(await freshPlace(kind), 'default');
    const admin = client(server.url, server.adminKey!);
    for (const [method, p] of [
      ['POST', '/demo/reset'],
      ['GET', '/demo'],
      ['PATCH', '/demo'],
      ['POST', '/arrivals/signup'],
      ['GET', '/arrivals'],
    ] as const) {
      const res = await admin.call(method, p, method === 'GET' ? undefined : {});
      expect(res.status, `${method} ${p}`).toBe(404);
      expect(errorBodySchema.parse(res.json).error.message).toMatch(/shared server/);
    }
  });
});
