// /api/auth: sign in with username + API key, sign out, the first admin of an empty server, and an
// invited person's first sign-in (ADR 0027). Accounts are made by the engine's operations (audited),
// each new person gets a first API key, shown once, and the answer carries the session cookie.
import { http, type HttpHandler } from 'msw';
import type { Db } from '../../db/db-core';
import type { NewPerson, Operation, User } from '../../engine/index';
import { fail, notFound, ok, parseBody } from '../../handlers/http/respond';
import { transact } from '../../handlers/http/transact';
import { newApiKey, recordKeyUse } from '../../handlers/me/api-key-secret';
import {
  acceptInviteBodySchema,
  firstAdminBodySchema,
  signInBodySchema,
  type NewAccount,
  type Setup,
  type SignedIn,
} from '../../../src/api/auth';
import { keyHolder } from '../credentials';
import { sessionCookie } from '../sessions';
import { SignInLimiter } from '../sign-in-limit';
import { ownSession, type ServerContext } from './context';
import { serverSessionBody } from './session';

const withCookie = (response: Response, token: string | null): Response => {
  response.headers.append('set-cookie', sessionCookie(token));
  return response;
};

/** The request's session becomes this person's, under a new cookie. */
function signIn(ctx: ServerContext, db: Db, user: User): string {
  if (ctx.current.token) ctx.sessions.delete(ctx.current.token);
  const session = ownSession(user);
  const token = ctx.sessions.create(session);
  ctx.current.token = token;
  db.replaceSession(session);
  return token;
}

const needsFirstAdmin = (db: Db): boolean => db.world.users.size === 0 && db.world.orgs.size === 0;

/** "Acme Research" → acme-research: the first org's address and its first team's name. */
function slugOf(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 30);
  return slug.length >= 3 ? slug : `${slug || 'org'}-org`;
}

/** Makes the account (op, as the actor given), then its first API key; answers 201 with both. */
async function newAccount(
  ctx: ServerContext,
  db: Db,
  op: Operation,
  actor: Parameters<typeof transact>[1],
  person: NewPerson,
): Promise<Response> {
  const made = transact(db, actor, op);
  if (!made.ok) return made.response;
  const user = db.world.users.get(person.id);
  if (!user) return fail(500, 'unavailable', 'The account was not created.');
  const { secret, key } = await newApiKey('First key', db.now());
  const keyed = transact(
    db,
    { kind: 'user', userId: user.id },
    { type: 'apiKey.create', userId: user.id, key },
  );
  if (!keyed.ok) return keyed.response;
  const token = signIn(ctx, db, user);
  const body: NewAccount = { user: serverSessionBody(db), apiKey: secret };
  return withCookie(ok(body, 201), token);
}

export function authHandlers(ctx: ServerContext): HttpHandler[] {
  return [
    http.post('*/api/auth/sign-in', async ({ request }) => {
      const db = ctx.db();
      const body = await parseBody(request, signInBodySchema);
      if (!body.ok) return body.response;
      const attempt = { username: body.data.username, client: ctx.current.client };
      const gate = ctx.signIns.gate(attempt);
      if (!gate.open) return SignInLimiter.refusal(gate);
      const holder = await keyHolder(db.world, body.data.username, body.data.apiKey);
      if (!holder) {
        ctx.signIns.failed(attempt);
        return fail(401, 'unauthenticated', 'Unknown username or API key.');
      }
      ctx.signIns.succeeded(attempt);
      recordKeyUse(holder.keyId, db.now());
      const token = signIn(ctx, db, holder.user);
      const answer: SignedIn = { user: serverSessionBody(db) };
      return withCookie(ok(answer), token);
    }),
    http.post('*/api/auth/sign-out', () => {
      if (ctx.current.token) ctx.sessions.delete(ctx.current.token);
      ctx.current.token = null;
      return withCookie(new Response(null, { status: 204 }), null);
    }),
    http.get('*/api/auth/setup', () => {
      const answer: Setup = { needsFirstAdmin: needsFirstAdmin(ctx.db()) };
      return ok(answer);
    }),
    http.post('*/api/auth/first-admin', async ({ request }) => {
      const db = ctx.db();
      if (!needsFirstAdmin(db))
        return fail(
          409,
          'conflict',
          'This server already has its organization: sign in, or ask its admin for an invite.',
        );
      const body = await parseBody(request, firstAdminBodySchema);
      if (!body.ok) return body.response;
      const { username, name, email, orgName } = body.data;
      const person: NewPerson = { id: `user-${username.toLowerCase()}`, username, name, email };
      const slug = slugOf(orgName);
      const org = { id: `org-${slug}`, slug, name: orgName, teamId: `team-${slug}`, teamName: slug };
      const op: Operation = { type: 'instance.setup', person, org, at: db.now() };
      return newAccount(ctx, db, op, { kind: 'anonymous' }, person);
    }),
    http.post('*/api/auth/accept-invite', async ({ request }) => {
      const db = ctx.db();
      const body = await parseBody(request, acceptInviteBodySchema);
      if (!body.ok) return body.response;
      const invite = db.world.invites.get(body.data.token);
      if (!invite) return notFound('That invite');
      const addressed = invite.email.trim().toLowerCase();
      const existing = db.world.users
        .values()
        .find((u) => u.email.toLowerCase() === addressed || u.username.toLowerCase() === addressed);
      if (existing)
        return fail(
          409,
          'conflict',
          `An account for ${invite.email} exists already: sign in as ${existing.username}, and an admin adds you to the organization.`,
        );
      const { username, name } = body.data;
      const person: NewPerson = {
        id: `user-${username.toLowerCase()}-${Date.parse(db.now()).toString(36)}`,
        username,
        name,
        email: invite.email,
      };
      const op: Operation = { type: 'invite.accept', inviteId: invite.id, person, at: db.now() };
      return newAccount(ctx, db, op, { kind: 'anonymous' }, person);
    }),
  ];
}
