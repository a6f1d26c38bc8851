// What the server's own routes know of the request being answered besides the Db's session: its cookie
// session's token (set by sign-in, cleared by sign-out), and the sessions they live in.
import type { Db, RequestSession } from '../../db/db-core';
import type { User } from '../../engine/index';
import type { SessionStore } from '../sessions';
import type { SignInLimiter } from '../sign-in-limit';

export interface RequestContext {
  token: string | null;
  /** Who connects (the socket's remote address): sign-in failures are counted per client too. */
  client: string;
}

export interface ServerContext {
  db: () => Db;
  sessions: SessionStore;
  signIns: SignInLimiter;
  /** The request being answered (requests are answered one at a time). */
  current: RequestContext;
}

/** A person's own session: acting as themselves, in their Default API organization (else their first). */
export function ownSession(user: User): RequestSession {
  const orgId = user.defaultOrgId ?? user.orgs[0]?.orgId;
  return { signedInUserId: user.id, actingUserId: user.id, ...(orgId ? { orgId } : {}) };
}
