// GET /api/events: every connected console hears of a change anyone makes (a ChangeMessage from tab
// "server" naming the API path), and a caller without credentials is refused.
import { describe, expect, it } from 'vitest';
import { isChangeMessage, type ChangeMessage } from '../../src/api/changes-channel';
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
