// Arrivals (§3): accepting an invite, signing up with an email, a first SSO sign-in. Each acts as the
// arriving person (ADR 0005), who may have no account yet.
import type { Decision } from '../../decision';
import { emailDomain, isEnterprise } from '../../lookup';
import { isCompanyDomain } from '../../email-domains';
import { belongsTo, withMembership } from '../../memberships';
import type { Actor, OrgMembership, User, World } from '../../model';
import { capturingOrg } from '../../signup-options';
import { Table } from '../../table';
import { DEFAULT_TEAM_SETTINGS } from '../teams/settings';
import { allowed, allow, conflict, forbidden, invalid, notFound } from '../../reason';
import type { Draft } from '../../world-edit';
import { arrivalSeat, joinTeams } from '../cascades';
import { defineFamily, operation, type Scope } from '../define';
import { EMAIL_RE, first, teamNameRules } from '../rules';
import { orgTeamIds, teamAndProjects } from '../scope';

/** A person arriving in the world (sign-up, SSO, accepting an invite without an account). */
export interface NewPerson {
  id: string;
  username: string;
  name: string;
  email: string;
}

const lower = (s: string): string => s.trim().toLowerCase();

/** A new account's id, username and email must be free; an existing one is matched by id. */
function newPersonRules(world: World, person: NewPerson): Decision | null {
  return first(
    () =>
      EMAIL_RE.test(person.email.trim()) ? null : invalid('email', `${person.email} is not an email address`),
    () => (person.username.trim() === '' ? invalid('username', 'Choose a username') : null),
    () => {
      const taken = world.users.values().find((u) => lower(u.username) === lower(person.username));
      return taken ? conflict(`The username ${person.username} is taken`) : null;
    },
    () => {
      const taken = world.users.values().find((u) => lower(u.email) === lower(person.email));
      return taken ? conflict(`An account with ${person.email} already exists`) : null;
    },
  );
}

/** The arriving person must be the actor (or not signed in yet, for a new account). */
function actorIsPerson(actor: Actor, person: NewPerson): Decision | null {
  if (actor.kind === 'anonymous' || (actor.kind === 'user' && actor.userId === person.id)) return null;
  return forbidden('identity', 'Only the invited person can accept this invite');
}

type Joining = Omit<OrgMembership, 'joinedAt'>;

/** Create the person (in the org, or in none), or add the org to an existing person's orgs. */
function upsertPerson(draft: Draft, person: NewPerson, joining: Joining | null, at: string): User {
  const existing = draft.get('users', person.id);
  const base: User = existing ?? {
    id: person.id,
    username: person.username,
    name: person.name,
    email: person.email,
    orgs: [],
    defaultOrgId: null,
    lastActiveAt: at,
  };
  const user = joining
    ? withMembership({ ...base, lastActiveAt: at }, joining.orgId, { ...joining, joinedAt: at })
    : base;
  draft.set('users', user.id, user);
  return user;
}

/** The arriving person, on every team (and its projects) of the orgs they are in after it. */
function personScope(before: World, after: World, id: string): Scope {
  const orgs = (after.users.get(id) ?? before.users.get(id))?.orgs ?? [];
  return orgs.flatMap((m) => teamAndProjects(after, orgTeamIds(after, m.orgId), [id]));
}

/** An org founded at sign-up, with its first team (W&B: "create an organization … to trial the product"). */
export interface NewOrg {
  id: string;
  slug: string;
  name: string;
  teamId: string;
  teamName: string;
}

/** Decision (ADR 0025): a sign-up org is a Teams-plan trial of this many days and Full seats. */
export const TRIAL_DAYS = 30;
export const TRIAL_FULL_SEATS = 10;
const SLUG_RE = /^[a-z0-9][a-z0-9-]{1,30}[a-z0-9]$/;

function newOrgRules(world: World, org: NewOrg): Decision | null {
  return first(
    () => (world.orgs.has(org.id) ? conflict('An organization with this id already exists') : null),
    () =>
      org.name.trim() === '' || org.name.length > 64
        ? invalid('orgName', 'Enter a name of 1 to 64 characters')
        : null,
    () =>
      SLUG_RE.test(org.slug)
        ? null
        : invalid(
            'orgName',
            `${org.slug} cannot be an organization address: use 3–32 lowercase letters, digits or -`,
          ),
    () =>
      world.orgs.values().some((o) => o.slug === org.slug)
        ? conflict(`An organization at ${org.slug} already exists; choose another name`)
        : null,
    () => (world.teams.has(org.teamId) ? conflict('A team with this id already exists') : null),
    () => teamNameRules(world, org.teamName),
  );
}

/** Teams a sign-up asked to join: each must be a team of the org it joins that recommends itself to the domain. */
function chosenTeamRules(world: World, email: string, teamIds: readonly string[]): Decision | null {
  if (teamIds.length === 0) return null;
  const org = capturingOrg(world, email);
  if (!org)
    return invalid(
      'teamIds',
      `No organization claims ${emailDomain(email)}, so there are no teams to join at sign-up`,
    );
  for (const id of teamIds) {
    const team = world.teams.get(id);
    if (!team || team.orgId !== org.id) return invalid('teamIds', `No such team in ${org.name}`);
    if (!team.settings.recommendForDomainSignups)
      return forbidden(
        'team',
        `Team ${team.name} does not recommend itself to new users with matching email domains; ask its admin for an invite`,
      );
  }
  return null;
}

/** How a founded org starts: a sign-up's Teams trial, or a shared server's own Enterprise org. */
type Founding = 'trial' | 'server';

function foundOrg(
  draft: Draft,
  person: NewPerson,
  org: NewOrg,
  at: string,
  founding: Founding = 'trial',
): void {
  const domain = emailDomain(person.email);
  const trial = founding === 'trial';
  const claims = isCompanyDomain(domain) && !draft.all('orgs').some((o) => o.domains.includes(domain));
  draft.set('orgs', org.id, {
    id: org.id,
    slug: org.slug,
    name: org.name.trim(),
    deployment: 'saas',
    plan: trial ? 'teams' : 'enterprise',
    // The first person of an unclaimed company domain claims it (W&B); a personal mailbox never does.
    domains: claims ? [domain] : [],
    defaultTeamId: null,
    ssoProvisioning: false,
    billingAdminId: person.id,
    fullSeatLimit: trial ? TRIAL_FULL_SEATS : SERVER_FULL_SEATS,
    enforcements: {},
    trialEndsAt: trial ? new Date(Date.parse(at) + TRIAL_DAYS * 24 * 60 * 60 * 1000).toISOString() : null,
    accessContact: null,
    createdAt: at,
  });
  // W&B: the first user is the org's instance administrator, with a Full seat.
  upsertPerson(
    draft,
    person,
    { orgId: org.id, orgRole: 'admin', modelsSeat: 'full', weaveAccess: 'full', joinedVia: 'signup' },
    at,
  );
  draft.set('teams', org.teamId, {
    id: org.teamId,
    orgId: org.id,
    name: org.teamName,
    storage: { kind: 'managed' },
    settings: { ...DEFAULT_TEAM_SETTINGS },
    members: Table.of([[person.id, { role: 'admin' as const, joinedAt: at }]]),
    createdAt: at,
  });
}

/** Decision (ADR 0027): a shared server's first org is Enterprise with this many Full seats. */
export const SERVER_FULL_SEATS = 100;

export const arrivalOperations = defineFamily({
  /**
   * A shared server's first person (W&B Server: "the first user to sign up … is assigned as that
   * organization's instance administrator"): on an empty server only, they create its org as its Admin.
   */
  'instance.setup': operation<{ person: NewPerson; org: NewOrg; at: string }>({
    check: (world, actor, op) => {
      const refusal = first(
        () =>
          world.users.size > 0 || world.orgs.size > 0
            ? conflict('This server already has its organization; ask its admin for an invite')
            : null,
        () => actorIsPerson(actor, op.person),
        () => newPersonRules(world, op.person),
        () => newOrgRules(world, op.org),
      );
      return (
        refusal ??
        allowed([
          allow('org-role', `The first person on this server creates ${op.org.name.trim()} as its Admin`),
        ])
      );
    },
    apply: (draft, _actor, op) => foundOrg(draft, op.person, op.org, op.at, 'server'),
    impactScope: (before, after, op) => personScope(before, after, op.person.id),
  }),

  /** person: the existing account (by id) or a new one created on acceptance. */
  'invite.accept': operation<{ inviteId: string; person: NewPerson; at: string }>({
    check: (world, actor, op) => {
      const invite = world.invites.get(op.inviteId);
      const org = invite ? world.orgs.get(invite.orgId) : undefined;
      if (!invite || !org) return notFound('No such invite');
      const existing = world.users.get(op.person.id);
      const refusal = first(
        () => actorIsPerson(actor, op.person),
        () => (invite.status === 'revoked' ? conflict('This invite was revoked') : null),
        () => (invite.status === 'accepted' ? conflict('This invite was already accepted') : null),
        () =>
          Date.parse(op.at) > Date.parse(invite.expiresAt)
            ? conflict(`This invite expired on ${invite.expiresAt.slice(0, 10)}; ask an admin to resend it`)
            : null,
        () => {
          const addressed = existing ? [existing.email, existing.username] : [op.person.email];
          return addressed.some((a) => lower(a) === lower(invite.email))
            ? null
            : forbidden('identity', `This invite was sent to ${invite.email}`);
        },
        () => {
          if (!existing) return newPersonRules(world, op.person);
          // A person in other orgs joins this one too; only a second membership of the same org is refused.
          return belongsTo(existing, org.id)
            ? conflict(`${existing.name} is already a member of ${org.name}`)
            : null;
        },
      );
      return (
        refusal ??
        allowed([allow('identity', `${op.person.name || op.person.email} was invited to ${org.name}`)])
      );
    },
    apply: (draft, _actor, op) => {
      const invite = draft.get('invites', op.inviteId);
      if (!invite) return;
      draft.set('invites', invite.id, { ...invite, status: 'accepted' });
      const { orgRole, modelsSeat, weaveAccess } = invite;
      upsertPerson(
        draft,
        op.person,
        { orgId: invite.orgId, orgRole, modelsSeat, weaveAccess, joinedVia: 'invite' },
        op.at,
      );
      // Invited users get the invite's teams (and auto-add teams), never the default team (§3.3).
      joinTeams(draft, invite.orgId, op.person.id, invite.teams, op.at);
    },
    impactScope: (before, after, op) => personScope(before, after, op.person.id),
  }),

  /**
   * Sign-up with an email: joins the SaaS org claiming the domain (its default team and the recommended
   * teams chosen), or founds `newOrg` (its Admin, with a Full seat), or belongs to no org.
   */
  signup: operation<{ person: NewPerson; at: string; teamIds?: string[]; newOrg?: NewOrg }>({
    check: (world, _actor, op) => {
      if (world.users.get(op.person.id)) return conflict('This account already exists');
      const refusal = first(
        () => newPersonRules(world, op.person),
        () =>
          op.newOrg && (op.teamIds ?? []).length > 0
            ? invalid('teamIds', 'A sign-up that creates an organization joins no other team')
            : null,
        () => (op.newOrg ? newOrgRules(world, op.newOrg) : null),
        () => (op.newOrg ? null : chosenTeamRules(world, op.person.email, op.teamIds ?? [])),
      );
      if (refusal) return refusal;
      return allowed([
        allow('identity', 'Anyone may sign up'),
        ...(op.newOrg
          ? [allow('org-role', `The person who creates ${op.newOrg.name.trim()} is its first Admin`)]
          : []),
      ]);
    },
    apply: (draft, _actor, op) => {
      if (op.newOrg) {
        foundOrg(draft, op.person, op.newOrg, op.at);
        return;
      }
      const org = capturingOrg(draft.done(), op.person.email);
      if (!org) {
        upsertPerson(draft, op.person, null, op.at);
        return;
      }
      const seat = arrivalSeat(draft, org);
      upsertPerson(
        draft,
        op.person,
        {
          orgId: org.id,
          orgRole: 'member',
          modelsSeat: seat,
          weaveAccess: seat,
          joinedVia: 'domain-capture',
        },
        op.at,
      );
      const chosen = new Set([...(org.defaultTeamId ? [org.defaultTeamId] : []), ...(op.teamIds ?? [])]);
      joinTeams(
        draft,
        org.id,
        op.person.id,
        [...chosen].map((teamId) => ({ teamId, role: 'member' as const })),
        op.at,
      );
    },
    impactScope: (before, after, op) => personScope(before, after, op.person.id),
  }),

  'sso.signIn': operation<{ orgId: string; person: NewPerson; at: string }>({
    check: (world, actor, op) => {
      const org = world.orgs.get(op.orgId);
      if (!org) return notFound('No such organization');
      const existing = world.users.get(op.person.id);
      const refusal = first(
        () => (isEnterprise(org) ? null : forbidden('plan', 'SSO needs an Enterprise license')),
        () => actorIsPerson(actor, op.person),
        () => {
          if (existing && belongsTo(existing, org.id)) return null;
          if (!org.ssoProvisioning)
            return forbidden(
              'plan',
              `SSO auto-provisioning is off for ${org.name}; ask an admin to invite you`,
            );
          const domain = emailDomain(existing?.email ?? op.person.email);
          if (org.domains.length > 0 && !org.domains.includes(domain))
            return forbidden('identity', `${domain} is not an email domain of ${org.name}`);
          return existing ? null : newPersonRules(world, op.person);
        },
      );
      return refusal ?? allowed([allow('identity', `SSO sign-in to ${org.name}`)]);
    },
    apply: (draft, _actor, op) => {
      const org = draft.get('orgs', op.orgId);
      const existing = draft.get('users', op.person.id);
      if (!org) return;
      if (existing && belongsTo(existing, org.id)) {
        draft.set('users', existing.id, { ...existing, lastActiveAt: op.at });
        return;
      }
      const seat = arrivalSeat(draft, org);
      upsertPerson(
        draft,
        op.person,
        { orgId: org.id, orgRole: 'member', modelsSeat: seat, weaveAccess: seat, joinedVia: 'sso' },
        op.at,
      );
      joinTeams(draft, org.id, op.person.id, [], op.at);
    },
    impactScope: (before, after, op) => personScope(before, after, op.person.id),
  }),
});
