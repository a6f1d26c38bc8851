// The stand-in must offer everything MSW's cookie store takes from tough-cookie: an MSW upgrade that
// uses more of it fails here, not in a browser.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as standIn from './tough-cookie';

const mswRoot = dirname(createRequire(import.meta.url).resolve('msw/package.json'));

describe('tough-cookie stand-in', () => {
  it('exports every name MSW imports from tough-cookie', () => {
    const source = readFileSync(join(mswRoot, 'lib/core/utils/cookieStore.mjs'), 'utf8');
    const imported = /import\s*\{([^}]*)\}\s*from\s*"tough-cookie"/.exec(source)?.[1] ?? '';
    const names = imported
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(Object.keys(standIn), name).toContain(name);
  });

  it('is a jar that keeps nothing, as this backend sets no cookie', async () => {
    const jar = new standIn.CookieJar(new standIn.MemoryCookieStore());
    await jar.setCookie('a=1', 'http://localhost/api/x');
    expect(jar.getCookiesSync('http://localhost/api/x')).toEqual([]);
    expect(standIn.Cookie.fromJSON({ key: 'a', value: '1' })).toBeNull();
  });
});
