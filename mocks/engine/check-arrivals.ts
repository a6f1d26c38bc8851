// check() for arrivals (§3): accepting an invite, signing up with an email, first SSO sign-in.
import { EMAIL_RE, first } from './check-helpers';
import type { Decision } from './decision';
import { emailDomain, isEnterprise } from './lookup';
import type { Actor, World } from './model';
import type { NewPerson, Operation } from './operations';
import { allowed, allow, conflict, forbidden, invalid, notFound } from './reason';

type Op<T extends Operation['type']> = Extract<Operation, { type: T }>;
type ArrivalOp = Op<'invite.accept' | 'signup' | 'sso.signIn'>;

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

export function checkArrivalOp(world: World, actor: Actor, op: ArrivalOp): Decision {
  switch (op.type) {
    case 'invite.accept': {
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
    }
    case 'signup': {
      if (world.users.get(op.person.id)) return conflict('This account already exists');
      return newPersonRules(world, op.person) ?? allowed([allow('identity', 'Anyone may sign up')]);
    }
    case 'sso.signIn': {
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
    }
  }
}
