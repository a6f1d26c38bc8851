// A person's own choices across the orgs they belong to: the Default API organization (W&B, for people
// in several orgs), and joining a team of their company's org that recommends itself to their email
// domain (W&B: "Existing users with verified email addresses from your domains can join your
// organization's teams within the W&B App"). Each acts as the person themselves.
import type { Decision } from '../../decision';
import { emailDomain, nameOf } from '../../lookup';
import { belongsTo, membershipOf } from '../../memberships';
import type { Actor, User, World } from '../../model';
import { allow, allowed, conflict, forbidden, notFound } from '../../reason';
import { joinOrgByDomain, joinTeams } from '../cascades';
import { defineFamily, noScope, operation } from '../define';
import { first } from '../rules';
import { teamScope } from '../scope';

/** The acting person, or the refusal for anyone else (a service account, an anonymous visitor). */
function self(world: World, actor: Actor): User | Decision {
  const user = actor.kind === 'user' ? world.users.get(actor.userId) : undefined;
  return user ?? forbidden('identity', 'Only a signed-in person can do this for themselves');
}
const isDecision = (v: User | Decision): v is Decision => 'allowed' in v;

export const peopleOperations = defineFamily({
  'person.setDefaultOrg': operation<{ userId: string; orgId: string }>({
    check: (world, actor, op) => {
      const user = self(world, actor);
      if (isDecision(user)) return user;
      const org = world.orgs.get(op.orgId);
      return (
        first(
          () =>
            user.id === op.userId
              ? null
              : forbidden('identity', 'Only the person themselves chooses their Default API organization'),
          () => (org ? null : notFound('No such organization')),
          () =>
            org && !belongsTo(user, org.id)
              ? forbidden('identity', `${nameOf(world, user.id)} is not in organization ${org.name}`)
              : null,
        ) ?? allowed([allow('identity', `${nameOf(world, user.id)} belongs to ${org?.name ?? ''}`)])
      );
    },
    apply: (draft, _actor, op) => draft.update('users', op.userId, (u) => ({ ...u, defaultOrgId: op.orgId })),
    impactScope: noScope,
  }),

  'team.joinByDomain': operation<{ teamId: string; at: string }>({
    check: (world, actor, op) => {
      const user = self(world, actor);
      if (isDecision(user)) return user;
      const team = world.teams.get(op.teamId);
      const org = team ? world.orgs.get(team.orgId) : undefined;
      if (!team || !org) return notFound('No such team');
      const domain = emailDomain(user.email);
      return (
        first(
          () =>
            org.deployment === 'saas' && org.domains.includes(domain)
              ? null
              : forbidden(
                  'identity',
                  `${org.name} has not claimed ${domain}, so its teams are joined by invitation`,
                ),
          () =>
            team.settings.recommendForDomainSignups
              ? null
              : forbidden(
                  'team',
                  `Team ${team.name} does not take people from matching email domains; ask its admin for an invite`,
                ),
          () =>
            team.members.has(user.id)
              ? conflict(`${user.name} is already a member of team ${team.name}`)
              : null,
        ) ??
        allowed([allow('identity', `${user.name}'s verified email is at ${domain}, claimed by ${org.name}`)])
      );
    },
    apply: (draft, actor, op) => {
      const team = draft.get('teams', op.teamId);
      const org = team ? draft.get('orgs', team.orgId) : undefined;
      const user = actor.kind === 'user' ? draft.get('users', actor.userId) : undefined;
      if (!team || !org || !user) return;
      const member = membershipOf(joinOrgByDomain(draft, org, user, op.at), org.id);
      joinTeams(
        draft,
        org.id,
        user.id,
        [{ teamId: team.id, role: member?.orgRole === 'viewer' ? 'viewer' : 'member' }],
        op.at,
      );
    },
    impactScope: (before, _after, op) =>
      before.teams.has(op.teamId) ? teamScope(before, op.teamId, null) : [],
  }),
});
