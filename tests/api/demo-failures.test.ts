// The demo's failure injection: a fixed pattern fails exactly the requests it names, in order, only
// within its scope, and starts over whenever it is set; the demo endpoints are never failed.
import { describe, expect, it } from 'vitest';
import { errorOf, startBackend } from './backend';

describe('PATCH /api/demo failurePattern', () => {
  it('fails the requests in scope in the pattern order, cycling', async () => {
    const b = startBackend();
    const set = await b.call('PATCH', '/demo', { failurePattern: ['ok', 'fail', 'fail'] });
    expect(set.status).toBe(200);
    expect(set.json).toMatchObject({ failurePattern: ['ok', 'fail', 'fail'], failureScope: 'all' });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await b.call('GET', '/session')).status);
    expect(statuses).toEqual([200, 503, 503, 200, 503, 503]);
    expect((await b.call('GET', '/session')).status).toBe(200);
    const failed = await b.call('GET', '/session');
    expect(errorOf(failed.json).message).toMatch(/fixed failure pattern/);
  });

  it('counts only the requests of its scope: writes fail, reads pass untouched', async () => {
    const b = startBackend();
    await b.call('PATCH', '/demo', { failurePattern: ['fail', 'ok'], failureScope: 'writes' });
    const target = b.person('member');
    const path = `/orgs/${b.slug}/users/${target.id}`;
    expect((await b.call('GET', '/session')).status).toBe(200);
    expect((await b.call('PATCH', path, { weaveAccess: 'none' })).status).toBe(503);
    expect(b.db.log.length).toBe(0);
    expect((await b.call('GET', '/session')).status).toBe(200);
    expect((await b.call('PATCH', path, { weaveAccess: 'none' })).status).toBe(200);
    expect(b.db.log.length).toBe(1);
  });

  it('a reads scope fails reads only', async () => {
    const b = startBackend();
    await b.call('PATCH', '/demo', { failurePattern: ['fail'], failureScope: 'reads' });
    const target = b.person('member');
    expect((await b.call('GET', '/session')).status).toBe(503);
    expect(
      (await b.call('PATCH', `/orgs/${b.slug}/users/${target.id}`, { weaveAccess: 'none' })).status,
    ).toBe(200);
  });

  it('starts over when set again, and wins over the failure rate until cleared', async () => {
    const b = startBackend();
    await b.call('PATCH', '/demo', { failureRate: 0.5, failurePattern: ['ok', 'fail'] });
    expect((await b.call('GET', '/session')).status).toBe(200);
    await b.call('PATCH', '/demo', { failurePattern: ['ok', 'fail'] });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await b.call('GET', '/session')).status);
    expect(statuses).toEqual([200, 503, 200, 503]);
    // The demo endpoints are exempt, so the pattern can always be cleared.
    expect((await b.call('GET', '/demo')).status).toBe(200);
    await b.call('PATCH', '/demo', { failurePattern: [], failureRate: 0 });
    for (let i = 0; i < 4; i += 1) expect((await b.call('GET', '/session')).status).toBe(200);
  });

  it('rejects an unknown outcome or scope with 422', async () => {
    const b = startBackend();
    expect((await b.call('PATCH', '/demo', { failurePattern: ['ok', 'maybe'] })).status).toBe(422);
    expect((await b.call('PATCH', '/demo', { failureScope: 'some' })).status).toBe(422);
    expect((await b.call('GET', '/demo')).json).toMatchObject({ failurePattern: [], failureScope: 'all' });
  });
});
