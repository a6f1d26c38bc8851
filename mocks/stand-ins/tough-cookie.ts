// Stands in for `tough-cookie` in the browser build (vite.config.ts aliases it): MSW keeps a cookie jar
// for mocked responses that set cookies, and tough-cookie brings a public-suffix list (tldts) of
// ~60 KB gzip to the page. This backend never sets a cookie (who is acting lives in its own
// state), so the jar is always empty: the same answers as the real one, without the weight.
// Only the surface msw/lib/core/utils/cookieStore uses. ADR 0022.

interface StoredCookie {
  key: string;
  value: string;
  domain: string | null;
  path: string | null;
  toJSON(): Record<string, unknown>;
  toString(): string;
}

export const Cookie = {
  /** A stored cookie from MSW's localStorage copy: none is ever stored, so nothing is read back. */
  fromJSON(_json: unknown): StoredCookie | null {
    return null;
  },
};

export class MemoryCookieStore {
  idx: Record<string, Record<string, Record<string, StoredCookie>>> = {};
}

export class CookieJar {
  constructor(readonly store: MemoryCookieStore) {}

  getCookiesSync(_url: string): StoredCookie[] {
    return [];
  }

  /** A mocked response that sets a cookie: this backend sends none, so it is dropped. */
  setCookie(_cookie: string, _url: string): Promise<undefined> {
    return Promise.resolve(undefined);
  }
}
