// State that outlives the process (ADR 0027): a restart keeps every change and every API key, and a
// server killed with SIGKILL in the middle of a burst of writes restarts with every acknowledged change
// present and none half-applied (each request is one transaction, committed before it is answered).
import { describe, expect, it } from 'vitest';
import { teamsListSchema } from '../../src/api/teams';
import { usersPageSchema } from '../../src/api/users';
import { serverSessionSchema } from '../../src/api/auth';
import { client, freshPlace, KINDS, serve, serveChild } from './harness';

describe.each(KINDS)('durability (%s)', (kind) => {
  it('keeps every change, key and signed-in session across a restart', async () => {
    const place = await freshPlace(kind);
    const first = await serve(place, 'default');
    const admin = first.adminKey!;
    const ava = client(first.url, admin);
    expect((await ava.call('PATCH', '/orgs/acme-ml/users/user-mgarcia', { orgRole: 'viewer' })).status).toBe(
      200,
    );
    const browser = client(first.url);
    await browser.signIn(admin.username, admin.key);
    expect((await browser.call('PUT', '/session', { userId: 'user-cmendes' })).status).toBe(200);
    await first.close();

    const second = await serve(place);
    const again = client(second.url, admin);
    // The browser is still signed in, still viewing as Carla.
    const session = await fetch(new URL('api/session', second.url), {
      headers: { cookie: browser.cookie ?? '' },
    });
    expect(session.status).toBe(200);
    expect(serverSessionSchema.parse(await session.json())).toMatchObject({
      signedInUser: { username: admin.username },
      actingUser: { id: 'user-cmendes' },
    });
    const users = usersPageSchema.parse((await again.call('GET', '/orgs/acme-ml/users?q=mateo')).json);
    expect(users.items.find((u) => u.id === 'user-mgarcia')?.orgRole).toBe('viewer');
  });

  it('a SIGKILL during a burst of writes loses no acknowledged change', async () => {
    const place = await freshPlace(kind);
    const child = await serveChild(place, 'default');
    const admin = child.adminKey!;
    const ava = client(child.url, admin);
    const acknowledged: string[] = [];
    let sent = 0;
    // Four writers in parallel; the server is killed after the 30th acknowledgement, mid-burst.
    const writer = async (w: number) => {
      for (let i = 0; i < 40; i += 1) {
        const name = `burst-${w}-${i}`;
        sent += 1;
        const res = await ava
          .call('POST', '/orgs/acme-ml/teams', { name, storageKind: 'managed' })
          .catch(() => null);
        if (!res) return;
        if (res.status === 201) acknowledged.push(name);
        if (acknowledged.length === 30) child.process.kill('SIGKILL');
      }
    };
    await Promise.all([0, 1, 2, 3].map(writer));
    expect(acknowledged.length).toBeGreaterThanOrEqual(30);
    expect(sent).toBeGreaterThan(acknowledged.length);

    const restarted = await serveChild(place);
    const kept = teamsListSchema
      .parse((await client(restarted.url, admin).call('GET', '/orgs/acme-ml/teams')).json)
      .items.map((t) => t.name);
    expect(kept).toEqual(expect.arrayContaining(acknowledged));
    // Nothing else but what was sent: at most the requests in flight when it died, each whole.
    expect(kept.filter((n) => n.startsWith('burst-')).length).toBeLessThanOrEqual(acknowledged.length + 4);
  });
});
