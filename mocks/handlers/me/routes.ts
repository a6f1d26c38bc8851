// /api/me/api-keys: the signed-in person's own API keys (User settings). Created and revoked through the
// engine (audited, never the key), listed without the key; another person's key is 404.
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import type { ApiKey } from '../../engine/index';
import { createApiKeyBodySchema, type ApiKeyRow, type CreatedApiKey } from '../../../src/api/auth';
import { fail, ok, parseBody } from '../http/respond';
import { param, route } from '../http/route';
import { requireUser } from '../http/session-actor';
import { transact } from '../http/transact';
import { keyLastUsed, newApiKey } from './api-key-secret';

const rowOf = (key: ApiKey): ApiKeyRow => ({
  id: key.id,
  name: key.name,
  createdAt: key.createdAt,
  lastUsedAt: keyLastUsed(key.id),
  preview: `…${key.last4}`,
});

/**
 * On a shared server a person's keys are their own: an Admin viewing as someone may not make or revoke
 * that person's keys (a key would let them sign in as the person). The demo's operator may.
 */
function ownKeys(db: Db): Response | null {
  const { signedInUserId, actingUserId } = db.session;
  if (signedInUserId === undefined || signedInUserId === actingUserId) return null;
  return fail(403, 'forbidden', 'API keys are personal: stop viewing as someone to manage your own keys.');
}

export function meHandlers(db: Db): HttpHandler[] {
  return [
    route(db, 'get', '/me/api-keys', () => {
      const auth = requireUser(db);
      if (!auth.ok) return auth.response;
      return ok({ keys: (auth.user.apiKeys ?? []).map(rowOf) });
    }),
    route(db, 'post', '/me/api-keys', async ({ request }) => {
      const auth = requireUser(db);
      if (!auth.ok) return auth.response;
      const refused = ownKeys(db);
      if (refused) return refused;
      const body = await parseBody(request, createApiKeyBodySchema);
      if (!body.ok) return body.response;
      const { secret, key } = await newApiKey(body.data.name, db.now());
      const done = transact(db, auth.actor, { type: 'apiKey.create', userId: auth.user.id, key });
      if (!done.ok) return done.response;
      const answer: CreatedApiKey = { key: rowOf(key), secret };
      return ok(answer, 201);
    }),
    route(db, 'delete', '/me/api-keys/:id', ({ params }) => {
      const auth = requireUser(db);
      if (!auth.ok) return auth.response;
      const refused = ownKeys(db);
      if (refused) return refused;
      const done = transact(db, auth.actor, {
        type: 'apiKey.revoke',
        userId: auth.user.id,
        keyId: param(params, 'id'),
      });
      return done.ok ? new Response(null, { status: 204 }) : done.response;
    }),
  ];
}
