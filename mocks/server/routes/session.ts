// /api/session on a shared server: 401 until someone signs in; the answer names who signed in beside
// whom they act as; View as (PUT) only for an org Admin, over the people of the orgs they administer,
// as the engine decides (decideViewAs). `userId: null` ends View as (back to oneself).
import { http, type HttpHandler } from 'msw';
import type { Db } from '../../db/db-core';
import { decideViewAs, offersViewAs } from '../../engine/index';
import { ok, parseBody, refuse, unauthenticated } from '../../handlers/http/respond';
import { sessionBody } from '../../handlers/session/routes';
import { viewAsBodySchema } from '../../../src/api/session';
import type { ServerSession } from '../../../src/api/auth';
import type { ServerContext } from './context';

export function serverSessionBody(db: Db): ServerSession {
  const id = db.session.signedInUserId;
  const user = id ? db.world.users.get(id) : undefined;
  return {
    ...sessionBody(db),
    signedInUser: user ? { id: user.id, name: user.name, username: user.username, email: user.email } : null,
    // Whether the menu offers View as: the engine's answer, not the page's reading of roles.
    offersViewAs: user ? offersViewAs(db.world, user.id, db.session.actingUserId ?? null) : false,
  };
}

export function serverSessionHandlers(ctx: ServerContext): HttpHandler[] {
  const signedIn = (db: Db): string | null => {
    const id = db.session.signedInUserId;
    return id && db.world.users.has(id) ? id : null;
  };
  return [
    http.get('*/api/session', () => {
      const db = ctx.db();
      return signedIn(db) ? ok(serverSessionBody(db)) : unauthenticated(true);
    }),
    http.put('*/api/session', async ({ request }) => {
      const db = ctx.db();
      const me = signedIn(db);
      if (!me) return unauthenticated(true);
      const body = await parseBody(request, viewAsBodySchema);
      if (!body.ok) return body.response;
      const target = body.data.userId ?? me;
      const decision = decideViewAs(db.world, { kind: 'user', userId: me }, target);
      if (!decision.allowed) return refuse(decision);
      db.setActingUser(target);
      return ok(serverSessionBody(db));
    }),
  ];
}
