// Arrivals (§3): accepting an invite, signing up with an email, a first SSO sign-in. Each acts as the
// arriving person (ADR 0005), who may have no account yet.
import type { Decision } from '../../decision';
import { emailDomain, isEnterprise } from '../../lookup';
import type { Actor, JoinedVia, Org, OrgRole, Seat, User, World } from '../../model';
import { allowed, allow, conflict, forbidden, invalid, notFound } from '../../reason';
import type { Draft } from '../../world-edit';
import { arrivalSeat, joinTeams } from '../cascades';
import { defineFamily, operation, type Scope } from '../define';
import { EMAIL_RE, first } from '../rules';
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

interface Joining {
  orgId: string | null;
  orgRole: OrgRole;
  modelsSeat: Seat;
  weaveAccess: Seat;
  joinedVia: JoinedVia;
}

/** Create the person or move an existing, org-less account into the org. */
function upsertPerson(draft: Draft, person: NewPerson, joining: Joining, at: string): User {
  const existing = draft.get('users', person.id);
  const user: User = existing
    ? { ...existing, ...joining, joinedAt: at, lastActiveAt: at }
    : {
        id: person.id,
        username: person.username,
        name: person.name,
        email: person.email,
        ...joining,
        joinedAt: at,
        lastActiveAt: at,
      };
  draft.set('users', user.id, user);
  return user;
}

/** A SaaS org that claimed this email's domain (§3.3). */
function capturingOrg(draft: Draft, email: string): Org | undefined {
  const domain = emailDomain(email);
  return draft.all('orgs').find((o) => o.deployment === 'saas' && o.domains.includes(domain));
}

/** The arriving person, on every team (and its projects) of the org they end up in. */
function personScope(before: World, after: World, id: string): Scope {
  const orgId = after.users.get(id)?.orgId ?? before.users.get(id)?.orgId;
  return teamAndProjects(after, orgTeamIds(after, orgId), [id]);
}

export const arrivalOperations = defineFamily({
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
          if (existing.orgId === org.id)
            return conflict(`${existing.name} is already a member of ${org.name}`);
          return existing.orgId ? conflict(`${existing.name} already belongs to another organization`) : null;
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

  /** Sign-up with an email: joins the org claiming the domain (and its default team), or no org. */
  signup: operation<{ person: NewPerson; at: string }>({
    check: (world, _actor, op) => {
      if (world.users.get(op.person.id)) return conflict('This account already exists');
      return newPersonRules(world, op.person) ?? allowed([allow('identity', 'Anyone may sign up')]);
    },
    apply: (draft, _actor, op) => {
      const org = capturingOrg(draft, op.person.email);
      if (!org) {
        upsertPerson(
          draft,
          op.person,
          { orgId: null, orgRole: 'member', modelsSeat: 'none', weaveAccess: 'none', joinedVia: 'added' },
          op.at,
        );
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
      const defaultTeam = org.defaultTeamId ? [{ teamId: org.defaultTeamId, role: 'member' as const }] : [];
      joinTeams(draft, org.id, op.person.id, defaultTeam, op.at);
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
          if (existing?.orgId === org.id) return null;
          if (existing?.orgId) return conflict(`${existing.name} already belongs to another organization`);
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
      if (existing?.orgId === org.id) {
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
