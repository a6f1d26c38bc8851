// The shared server slows down key guessing (ADR 0027): after 5 failed sign-ins for one account within
// a minute, sign-in and Basic auth for it answer 429 with Retry-After and say when to try again, the
// right key included, until the oldest failure is a minute old; a successful sign-in starts afresh.
import { describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../src/api/errors';
import { client, freshPlace, serve } from './harness';

async function started() {
  const clock = { now: Date.UTC(2026, 11, 1, 12) };
  const server = await serve(await freshPlace('sqlite'), 'default', { clock: () => clock.now });
  const admin = server.adminKey;
  if (!admin) throw new Error('no admin key printed');
  return { server, admin, clock };
}
const wrongKey = 'f'.repeat(40);
const errorOf = (json: unknown) => errorBodySchema.parse(json).error;

describe('the sign-in limit', () => {
  it('answers 429 with Retry-After after 5 failures for an account, the right key included, then lets it in', async () => {
    const { server, admin, clock } = await started();
    const browser = client(server.url);
    for (let i = 0; i < 5; i++) {
      expect((await browser.signIn(admin.username, wrongKey)).status).toBe(401);
      clock.now += 1_000;
    }
    const limited = await browser.signIn(admin.username, admin.key);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('55');
    expect(errorOf(limited.json)).toMatchObject({
      code: 'rate_limited',
      message: 'Too many failed sign-ins for this account. Try again in 55 seconds.',
    });
    expect(browser.cookie).toBeNull();
    // A script with the right key over Basic auth waits too.
    const script = await client(server.url, admin).call('GET', '/session');
    expect(script.status).toBe(429);
    expect(script.headers.get('retry-after')).toBe('55');

    clock.now += 55_000;
    expect((await browser.signIn(admin.username, admin.key)).status).toBe(200);
    // The success cleared the account: four more mistakes are still only mistakes.
    for (let i = 0; i < 4; i++)
      expect((await client(server.url).signIn(admin.username, wrongKey)).status).toBe(401);
    expect((await client(server.url).signIn(admin.username, admin.key)).status).toBe(200);
  });

  it('counts wrong Basic credentials as failed sign-ins', async () => {
    const { server, admin } = await started();
    const guesser = client(server.url, { username: admin.username, key: wrongKey });
    for (let i = 0; i < 5; i++) expect((await guesser.call('GET', '/session')).status).toBe(401);
    const limited = await client(server.url).signIn(admin.username, admin.key);
    expect(limited.status).toBe(429);
    expect(errorOf(limited.json).message).toMatch(
      /^Too many failed sign-ins for this account\. Try again in 60 seconds\.$/,
    );
  });
});
