// Who is calling, from the request alone (ADR 0027): the session cookie, or W&B's own
// `Authorization: Basic base64(username:API-KEY)`. A key is matched by its hash, in constant time.
import { timingSafeEqual } from 'node:crypto';
import type { User, World } from '../engine/index';
import { hashApiKey } from '../handlers/me/api-key-secret';
import { SESSION_COOKIE } from '../../src/api/auth';

export type Credentials =
  | { kind: 'none' }
  | { kind: 'cookie'; token: string }
  | { kind: 'basic'; username: string; key: string }
  | { kind: 'malformed' };

function cookieToken(header: string | null): string | null {
  for (const part of (header ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE && value.length > 0) return value.join('=') || null;
  }
  return null;
}

export function credentialsOf(request: Request): Credentials {
  const authorization = request.headers.get('authorization');
  if (authorization !== null) {
    const [scheme, encoded] = authorization.trim().split(/\s+/);
    if (scheme?.toLowerCase() !== 'basic' || !encoded) return { kind: 'malformed' };
    const decoded = Buffer.from(encoded, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0) return { kind: 'malformed' };
    return { kind: 'basic', username: decoded.slice(0, colon), key: decoded.slice(colon + 1) };
  }
  const token = cookieToken(request.headers.get('cookie'));
  return token ? { kind: 'cookie', token } : { kind: 'none' };
}

const same = (a: string, b: string): boolean =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** The person whose username and API key these are, and which of their keys it is. */
export async function keyHolder(
  world: World,
  username: string,
  key: string,
): Promise<{ user: User; keyId: string } | null> {
  const wanted = username.trim().toLowerCase();
  const user = world.users.values().find((u) => u.username.toLowerCase() === wanted);
  const hash = await hashApiKey(key.trim());
  const match = user?.apiKeys?.find((k) => same(k.hash, hash));
  return user && match ? { user, keyId: match.id } : null;
}
