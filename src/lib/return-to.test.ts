import { describe, expect, it } from 'vitest';
import { returnPath, signInPath } from './return-to';

describe('return-to', () => {
  it('carries the page asked for through sign-in, and comes back to it', () => {
    const path = signInPath('/account-settings/acme-ml/users?q=mar#top');
    expect(path).toBe('/sign-in?next=%2Faccount-settings%2Facme-ml%2Fusers%3Fq%3Dmar%23top');
    const search = new URL(path, 'http://x').searchParams;
    expect(returnPath(search)).toBe('/account-settings/acme-ml/users?q=mar#top');
  });

  it('follows only a path of this console, never another site', () => {
    for (const next of ['https://evil.example', '//evil.example', '/\\evil.example', 'users', ''])
      expect(returnPath(new URLSearchParams({ next }))).toBe('/');
    expect(returnPath(new URLSearchParams())).toBe('/');
    expect(signInPath('/')).toBe('/sign-in');
  });
});
