// A person's own API keys, and a shared server's first setup (ADR 0027).
import { describe, expect, it } from 'vitest';
import { apply, check, type Operation } from '../registry';
import { WorldMaps } from '../../world-maps';
import { acmeWorld, anonymous, as } from '../../test-world';

const T = '2025-02-01T00:00:00.000Z';
const key = { id: 'key-1', name: 'laptop', hash: 'ab'.repeat(32), last4: 'abcd', createdAt: T };
const create = (userId: string, name = key.name): Operation => ({
  type: 'apiKey.create',
  userId,
  key: { ...key, name },
});

describe('API keys', () => {
  it('a person creates and revokes their own keys; another’s are "not found"', () => {
    expect(check(acmeWorld(), as('gus'), create('gus')).allowed).toBe(true);
    expect(check(acmeWorld(), as('ann'), create('gus')).refusal).toBe('not-found');
    expect(check(acmeWorld(), anonymous, create('gus')).refusal).toBe('forbidden');
    const withKey = apply(acmeWorld(), as('gus'), create('gus'));
    expect(withKey.users.get('gus')?.apiKeys?.map((k) => k.id)).toEqual(['key-1']);
    const revoke: Operation = { type: 'apiKey.revoke', userId: 'gus', keyId: 'key-1' };
    expect(check(withKey, as('ann'), revoke).refusal).toBe('not-found');
    expect(apply(withKey, as('gus'), revoke).users.get('gus')?.apiKeys).toEqual([]);
    expect(check(withKey, as('gus'), { ...revoke, keyId: 'nope' }).refusal).toBe('not-found');
    expect(check(acmeWorld(), as('gus'), create('gus', ' ')).refusal).toBe('invalid');
  });
});

describe('a shared server’s first setup', () => {
  const setup: Operation = {
    type: 'instance.setup',
    person: { id: 'user-ada', username: 'ada', name: 'Ada', email: 'ada@engines.example' },
    org: {
      id: 'org-ae',
      slug: 'analytical',
      name: 'Analytical Engines',
      teamId: 'team-ae',
      teamName: 'analytical',
    },
    at: T,
  };
  it('creates the org on an empty world, its first person as Admin of an Enterprise org', () => {
    const empty = new WorldMaps().build();
    expect(check(empty, anonymous, setup).allowed).toBe(true);
    const after = apply(empty, anonymous, setup);
    expect(after.orgs.get('org-ae')).toMatchObject({ plan: 'enterprise', trialEndsAt: null });
    expect(after.users.get('user-ada')?.orgs[0]).toMatchObject({ orgRole: 'admin', modelsSeat: 'full' });
    expect(after.teams.get('team-ae')?.members.get('user-ada')?.role).toBe('admin');
  });
  it('is refused (409) once anyone exists', () => {
    expect(check(acmeWorld(), anonymous, setup).refusal).toBe('conflict');
  });
});
