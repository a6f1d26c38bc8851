// /api/arrivals — people arriving (access-model §3): accept an invite, sign up with an email, first SSO
// sign-in. These are public flows: the actor is the arriving person (an existing account) or nobody yet
// (anonymous), never the demo's acting admin, and every one goes through the engine's check().
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import {
  signupOptions,
  TRIAL_DAYS,
  TRIAL_FULL_SEATS,
  type Actor,
  type NewOrg,
  type NewPerson,
  type Operation,
  type User,
  type World,
} from '../../engine/index';
import {
  acceptInviteBodySchema,
  signupBodySchema,
  signupOptionsQuerySchema,
  ssoSignInBodySchema,
  type ArrivalOptions,
  type SignupOptions,
} from '../../../src/api/arrivals';
import { arrivalResult } from './result';
import { transact } from '../http/transact';
import { fail, notFound, ok, parseBody, searchParams } from '../http/respond';
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
  return ok(arrivalResult(done.before, done.after, person.id, op.type));
}

/** "newco.example" → "Newco": the name an org founded by its domain's first sign-up starts with. */
function nameFromDomain(domain: string): string {
  const label = domain.split('.')[0] ?? domain;
  return label
    .split(/[-_]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** A free address (org slug or team name) from a name: "Newco Labs" → newco-labs, newco-labs-2, … */
function freeSlug(name: string, taken: (slug: string) => boolean): string {
  const base =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 28) || 'org';
  const padded = base.length < 3 ? `${base}-org` : base;
  let slug = padded;
  for (let n = 2; taken(slug); n += 1) slug = `${padded}-${n}`;
  return slug;
}

/** The org a sign-up creates, with ids and addresses that are free in this world. */
function newOrgFor(world: World, name: string): NewOrg {
  const slug = freeSlug(name, (s) => world.orgs.values().some((o) => o.slug === s || o.id === `org-${s}`));
  const teamName = freeSlug(name, (s) =>
    world.teams.values().some((t) => t.name === s || t.id === `team-${s}`),
  );
  return { id: `org-${slug}`, slug, name: name.trim(), teamId: `team-${teamName}`, teamName };
}

function signupOptionsBody(world: World, email: string): SignupOptions {
  const options = signupOptions(world, email);
  const defaultTeamId = options.joins?.defaultTeamId ?? null;
  return {
    domain: options.domain,
    joins: options.joins
      ? {
          name: options.joins.name,
          defaultTeam: (defaultTeamId && world.teams.get(defaultTeamId)?.name) || null,
        }
      : null,
    teams: options.recommendedTeams
      .map((t) => ({ id: t.id, name: t.name, isDefault: t.id === defaultTeamId }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    foundsOrg: options.foundsDomainOrg ? { name: nameFromDomain(options.domain) } : null,
    contact: options.contact ? { orgName: options.contact.org.name, email: options.contact.email } : null,
    trial: { days: TRIAL_DAYS, fullSeats: TRIAL_FULL_SEATS },
  };
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
    // What a sign-up with this email would be offered: the org it joins and its recommended teams, the
    // org it would found, and a Dedicated / Self-managed instance's access contact. A public flow, as
    // the sign-up form itself is.
    route(
      db,
      'get',
      '/arrivals/signup-options',
      ({ request }) => {
        const query = signupOptionsQuerySchema.safeParse(searchParams(request));
        if (!query.success)
          return fail(422, 'invalid', 'Enter an email address', {
            fieldErrors: { email: 'Enter an email address' },
          });
        return ok(signupOptionsBody(db.world, query.data.email));
      },
      { realism: false },
    ),
    route(db, 'post', '/arrivals/signup', async ({ request }) => {
      const body = await parseBody(request, signupBodySchema);
      if (!body.ok) return body.response;
      // Sign-up always creates an account; an email already in use is refused by the engine (409).
      const [person] = arriving(db, undefined, body.data.name, body.data.email);
      const { createOrg, teamIds } = body.data;
      const options = signupOptions(db.world, body.data.email);
      // W&B: the first person of an unclaimed company domain founds its org, unless they decline (null).
      const orgName =
        createOrg?.name ??
        (createOrg === undefined && options.foundsDomainOrg && teamIds.length === 0
          ? nameFromDomain(options.domain)
          : null);
      const op: Operation = {
        type: 'signup',
        person,
        at: db.now(),
        ...(teamIds.length ? { teamIds } : {}),
        ...(orgName ? { newOrg: newOrgFor(db.world, orgName) } : {}),
      };
      return performArrival(db, { kind: 'anonymous' }, op, person);
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
