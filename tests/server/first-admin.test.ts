// An empty server: the first person creates the org as its Admin and gets a first key; after that
// first-admin is 409. An invited person's first sign-in makes their account through the invite.
import { describe, expect, it } from 'vitest';
import { newAccountSchema, setupSchema, apiKeysSchema } from '../../src/api/auth';
import { createInviteResponseSchema } from '../../src/api/invites';
import { errorBodySchema } from '../../src/api/errors';
import { client, freshPlace, KINDS, serve } from './harness';

describe.each(KINDS)('an empty server (%s)', (kind) => {
  it('is set up by its first person, who then invites the next', async () => {
    const server = await serve(await freshPlace(kind));
    expect(server.adminKey).toBeNull();
    const ada = client(server.url);
    expect(setupSchema.parse((await ada.call('GET', '/auth/setup')).json).needsFirstAdmin).toBe(true);
    const first = await ada.call('POST', '/auth/first-admin', {
      username: 'ada',
      name: 'Ada Lovelace',
      email: 'ada@engines.example',
      orgName: 'Analytical Engines',
    });
    expect(first.status).toBe(201);
    const account = newAccountSchema.parse(first.json);
    expect(account.user.actingUser?.orgRole).toBe('admin');
    expect(account.user.org.name).toBe('Analytical Engines');
    expect(account.apiKey).toMatch(/^[0-9a-f]{40}$/);
    expect(ada.cookie).not.toBeNull();
    expect(setupSchema.parse((await ada.call('GET', '/auth/setup')).json).needsFirstAdmin).toBe(false);
    const again = await client(server.url).call('POST', '/auth/first-admin', {
      username: 'eve',
      name: 'Eve',
      email: 'eve@engines.example',
      orgName: 'Mine',
    });
    expect(again.status).toBe(409);

    const slug = account.user.org.slug;
    const invited = await ada.call('POST', `/orgs/${slug}/invites`, {
      email: 'charles@engines.example',
      orgRole: 'member',
      modelsSeat: 'full',
    });
    expect(invited.status).toBe(201);
    const token = createInviteResponseSchema.parse(invited.json).invite.id;
    const charles = client(server.url);
    const joined = await charles.call('POST', '/auth/accept-invite', {
      token,
      username: 'charles',
      name: 'Charles Babbage',
    });
    expect(joined.status).toBe(201);
    const his = newAccountSchema.parse(joined.json);
    expect(his.user.actingUser).toMatchObject({ username: 'charles', orgRole: 'member' });
    expect(
      (await charles.call('POST', '/auth/accept-invite', { token, username: 'c2', name: 'C' })).status,
    ).toBe(409);

    // A member may not view as anyone (only org admins may), with the engine's reason.
    const viewAs = await charles.call('PUT', '/session', { userId: 'user-ada' });
    expect(viewAs.status).toBe(403);
    expect(errorBodySchema.parse(viewAs.json).error.reasons[0]?.text).toMatch(/not an Admin/);

    // Each person's keys are their own: Ada cannot revoke Charles's.
    const hisKey = apiKeysSchema.parse((await charles.call('GET', '/me/api-keys')).json).keys[0];
    expect(hisKey).toBeDefined();
    expect((await ada.call('DELETE', `/me/api-keys/${hisKey?.id}`)).status).toBe(404);
    const basic = client(server.url, { username: 'charles', key: his.apiKey });
    expect((await basic.call('GET', `/orgs/${slug}/users`)).status).toBe(200);
  });
});
