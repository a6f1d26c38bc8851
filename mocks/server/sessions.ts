// Signed-in browsers: a random token in the `ac_session` cookie names a session kept here (who signed
// in, whom they view as, the org shown). Kept in memory: a restarted server asks people to sign in again
// (their API keys, in the change log, stay). Basic auth builds a session per request and keeps none.
import { randomBytes } from 'node:crypto';
import type { RequestSession } from '../db/db-core';
import { SESSION_COOKIE } from '../../src/api/auth';

export class SessionStore {
  private readonly sessions = new Map<string, RequestSession>();

  create(session: RequestSession): string {
    const token = randomBytes(32).toString('base64url');
    this.sessions.set(token, session);
    return token;
  }
  get(token: string): RequestSession | undefined {
    return this.sessions.get(token);
  }
  set(token: string, session: RequestSession): void {
    if (this.sessions.has(token)) this.sessions.set(token, session);
  }
  delete(token: string): void {
    this.sessions.delete(token);
  }
}

/** The cookie that carries a session (HttpOnly: page scripts never see it), or clears it. */
export function sessionCookie(token: string | null): string {
  return token === null
    ? `${SESSION_COOKIE}=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0`
    : `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Lax; Path=/`;
}
