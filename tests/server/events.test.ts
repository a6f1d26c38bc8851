// GET /api/events: every connected console hears of a change anyone makes (a ChangeMessage naming the API
// path and the tab that asked for it, "server" for a caller that named none), and a caller without
// credentials is refused.
import { describe, expect, it } from 'vitest';
import { isChangeMessage, TAB_HEADER, type ChangeMessage } from '../../src/api/changes-channel';
import { client, freshPlace, serve } from './harness';

/** Reads server-sent events until one `changed` arrives. */
async function nextChange(stream: ReadableStream<Uint8Array>): Promise<ChangeMessage> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error('The event stream ended');
    buffered += decoder.decode(value, { stream: true });
    const event = /event: changed\ndata: (.+)\n\n/.exec(buffered);
    if (event?.[1]) {
      await reader.cancel();
      const message: unknown = JSON.parse(event[1]);
      if (!isChangeMessage(message)) throw new Error(`Not a change message: ${event[1]}`);
      return message;
    }
  }
}

describe('live updates', () => {
  it('tells every connected console what changed, and refuses a caller without credentials', async () => {
    const server = await serve(await freshPlace('sqlite'), 'default');
    const admin = server.adminKey!;
    const basic = `Basic ${Buffer.from(`${admin.username}:${admin.key}`).toString('base64')}`;
    expect((await fetch(new URL('api/events', server.url))).status).toBe(401);

    const listening = await fetch(new URL('api/events', server.url), { headers: { authorization: basic } });
    expect(listening.status).toBe(200);
    expect(listening.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const browser = client(server.url);
    await browser.signIn(admin.username, admin.key);
    const second = await fetch(new URL('api/events', server.url), {
      headers: { cookie: browser.cookie ?? '' },
    });
    expect(second.status).toBe(200);

    const heard = [nextChange(listening.body!), nextChange(second.body!)];
    const changed = await client(server.url, admin).call('PATCH', '/orgs/acme-ml/users/user-mgarcia', {
      orgRole: 'viewer',
    });
    expect(changed.status).toBe(200);
    for (const message of await Promise.all(heard))
      expect(message).toEqual({
        kind: 'changed',
        tab: 'server',
        path: '/api/orgs/acme-ml/users/user-mgarcia',
      });
  });
});

describe('the tab that made a change', () => {
  it('is named in the event, so that tab skips it and the others refresh', async () => {
    const server = await serve(await freshPlace('sqlite'), 'default');
    const admin = server.adminKey!;
    const basic = `Basic ${Buffer.from(`${admin.username}:${admin.key}`).toString('base64')}`;
    const listen = async () =>
      (await fetch(new URL('api/events', server.url), { headers: { authorization: basic } })).body!;
    const admins = client(server.url, admin);

    let heard = nextChange(await listen());
    const path = '/orgs/acme-ml/users/user-mgarcia';
    const tab = '4f0c2a52-1d6b-4d0e-9d55-2f7d1c0b9a11';
    expect((await admins.call('PATCH', path, { orgRole: 'viewer' }, { [TAB_HEADER]: tab })).status).toBe(200);
    expect(await heard).toEqual({ kind: 'changed', tab, path: `/api${path}` });

    // Not an id a console makes (too long, or other characters): the event says "server" instead.
    heard = nextChange(await listen());
    const odd = { [TAB_HEADER]: 'x'.repeat(65) };
    expect((await admins.call('PATCH', path, { orgRole: 'member' }, odd)).status).toBe(200);
    expect((await heard).tab).toBe('server');
  });
});
