// /api/arrivals — people arriving (access-model §3): accept an invite, sign up with an email, first SSO
// sign-in. These are public flows: the actor is the arriving person (an existing account) or nobody yet
// (anonymous), never the demo's acting admin, and every one goes through the engine's check().
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import type { Actor, NewPerson, Operation, User } from '../../engine/index';
import {
  acceptInviteBodySchema,
  signupBodySchema,
  ssoSignInBodySchema,
  type ArrivalOptions,
} from '../../../src/api/arrivals';
import { arrivalResult } from './result';
import { transact } from '../http/transact';
import { notFound, ok, parseBody } from '../http/respond';
import { route } from '../http/route';

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** A free username from the email's local part: nora.lindqvist, nora.lindqvist2, … */
function freeUsername(db: Db, email: string): string {
  const base = (email.split('@')[0] ?? '').toLowerCase().replace(/[^a-z0-9_.-]/g, '') || 'user';
  const taken = new Set(db.world.users.values().map((u) => u.username.toLowerCase()));
  let name = base;
  for (let n = 2; taken.has(name); n += 1) name = `${base}${n}`;
  return name;
}

/** "nora.lindqvist@…" → "Nora Lindqvist", for an invitee who has no account yet. */
function nameFromEmail(email: string): string {
  const local = email.split('@')[0] ?? email;
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** The existing account, or a new one; the actor is that account, or anonymous for a new one. */
function arriving(db: Db, existing: User | undefined, name: string, email: string): [NewPerson, Actor] {
  if (existing) {
    const { id, username } = existing;
    return [
      { id, username, name: existing.name, email: existing.email },
      { kind: 'user', userId: id },
    ];
  }
  const id = `user-${freeUsername(db, email)}-${Date.now().toString(36)}`;
  return [{ id, username: freeUsername(db, email), name, email }, { kind: 'anonymous' }];
}

function performArrival(db: Db, actor: Actor, op: Operation, person: NewPerson): Response {
  const done = transact(db, actor, op);
  if (!done.ok) return done.response;
  return ok(arrivalResult(done.after, person.id, op.type));
}

export function arrivalsHandlers(db: Db): HttpHandler[] {
  return [
    // The demo panel's picker: a demo tool like /api/demo, so it is not subject to network realism.
    route(
      db,
      'get',
      '/arrivals',
      () => {
        const org = db.world.orgs.get(db.homeOrgId);
        if (!org) return notFound('The home organization');
        const now = db.now();
        const body: ArrivalOptions = {
          org: { name: org.name, domains: org.domains, ssoProvisioning: org.ssoProvisioning },
          invites: db.world.invites
            .values()
            .filter((i) => i.orgId === org.id && i.status === 'pending')
            .sort((a, b) => b.sentAt.localeCompare(a.sentAt))
            .map((i) => ({
              id: i.id,
              email: i.email,
              orgRole: i.orgRole,
              teams: i.teams.map((t) => db.world.teams.get(t.teamId)?.name ?? '').filter(Boolean),
              expiresAt: i.expiresAt,
              expired: i.expiresAt <= now,
            })),
        };
        return ok(body);
      },
      { realism: false },
    ),
    route(db, 'post', '/arrivals/accept-invite', async ({ request }) => {
      const body = await parseBody(request, acceptInviteBodySchema);
      if (!body.ok) return body.response;
      const invite = db.world.invites.get(body.data.inviteId);
      if (!invite) return notFound('That invite');
      const existing = db.world.users
        .values()
        .find((u) => same(u.email, invite.email) || same(u.username, invite.email));
      const [person, actor] = arriving(db, existing, nameFromEmail(invite.email), invite.email);
      const op: Operation = { type: 'invite.accept', inviteId: invite.id, person, at: db.now() };
      return performArrival(db, actor, op, person);
    }),
    route(db, 'post', '/arrivals/signup', async ({ request }) => {
      const body = await parseBody(request, signupBodySchema);
      if (!body.ok) return body.response;
      // Sign-up always creates an account; an email already in use is refused by the engine (409).
      const [person] = arriving(db, undefined, body.data.name, body.data.email);
      return performArrival(db, { kind: 'anonymous' }, { type: 'signup', person, at: db.now() }, person);
    }),
    route(db, 'post', '/arrivals/sso', async ({ request }) => {
      const body = await parseBody(request, ssoSignInBodySchema);
      if (!body.ok) return body.response;
      const existing = db.world.users.values().find((u) => same(u.email, body.data.email));
      const [person, actor] = arriving(db, existing, body.data.name, body.data.email);
      const op: Operation = { type: 'sso.signIn', orgId: db.homeOrgId, person, at: db.now() };
      return performArrival(db, actor, op, person);
    }),
  ];
}
