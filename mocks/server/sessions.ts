// Signed-in browsers: a random token in the `ac_session` cookie names a session (who signed in, whom
// they view as, the org shown). Kept in the database beside the change log, by a hash of the token
// (the database never holds a usable cookie), written with the request that changed it, so a restarted
// server keeps everyone signed in. Basic auth builds a session per request and keeps none.
import { createHash, randomBytes } from 'node:crypto';
import type { RequestSession } from '../db/db-core';
import { SESSION_COOKIE } from '../../src/api/auth';
import type { ServerStorage } from './storage/sql-storage';

const keyOf = (token: string): string => createHash('sha256').update(token).digest('hex');

function isSession(value: unknown): value is RequestSession {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  const id = (v: unknown) => v === null || typeof v === 'string';
  return id(s.signedInUserId) && id(s.actingUserId) && (s.orgId === undefined || typeof s.orgId === 'string');
}

export class SessionStore {
  private sessions = new Map<string, RequestSession>();
  private storage!: ServerStorage;

  constructor(storage: ServerStorage) {
    this.use(storage);
  }

  /** The database the sessions live in (again, after the server reloads it). */
  use(storage: ServerStorage): void {
    this.storage = storage;
    this.sessions = new Map();
    for (const [key, value] of storage.sessions) if (isSession(value)) this.sessions.set(key, value);
  }

  create(session: RequestSession): string {
    const token = randomBytes(32).toString('base64url');
    this.put(keyOf(token), session);
    return token;
  }
  get(token: string): RequestSession | undefined {
    return this.sessions.get(keyOf(token));
  }
  /** The session after a request: stored again only when the request changed it. */
  set(token: string, session: RequestSession): void {
    const key = keyOf(token);
    const was = this.sessions.get(key);
    if (was && JSON.stringify(was) !== JSON.stringify(session)) this.put(key, session);
  }
  delete(token: string): void {
    const key = keyOf(token);
    this.sessions.delete(key);
    this.storage.putSession(key, null);
  }

  private put(key: string, session: RequestSession): void {
    this.sessions.set(key, session);
    this.storage.putSession(key, session);
  }
}

/** The cookie that carries a session (HttpOnly: page scripts never see it), or clears it. */
export function sessionCookie(token: string | null): string {
  return token === null
    ? `${SESSION_COOKIE}=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0`
    : `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Lax; Path=/`;
}
