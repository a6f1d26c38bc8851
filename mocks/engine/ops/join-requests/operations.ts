// "Ask to join" (issue 14, ADR 0025): a person asks to join a team they may not join directly (it does
// not recommend itself to their email domain); the team's admins, or an org admin, approve (they join
// with the team's default role) or decline; the person may withdraw their request while it is pending.
import type { Decision } from '../../decision';
import { decide } from '../../decide';
import { effectiveSetting, emailDomain } from '../../lookup';
import { belongsTo, membershipOf } from '../../memberships';
import type { Actor, Org, RoleRef, Team, User, World } from '../../model';
import { allow, allowed, conflict, forbidden, notFound } from '../../reason';
import type { Draft } from '../../world-edit';
import { joinOrgByDomain, joinTeams } from '../cascades';
import { defineFamily, noScope, operation } from '../define';
import { first, thenCheck } from '../rules';
import { teamScope } from '../scope';

/** Whether the org (SaaS) has claimed the person's email domain: their verified email vouches for them. */
export const domainClaimedBy = (org: Org, user: User): boolean =>
  org.deployment === 'saas' && org.domains.includes(emailDomain(user.email));

const pendingOf = (team: Team, userId: string) => (team.joinRequests ?? []).find((r) => r.userId === userId);

/**
 * Decision: the team's default role for someone let in is Member, View-Only for an org Viewer (who can
 * hold nothing else, §4); someone not in the org yet joins it as a Member, as a domain sign-up would.
 */
export function defaultTeamRole(user: User, orgId: string): RoleRef {
  return membershipOf(user, orgId)?.orgRole === 'viewer' ? 'viewer' : 'member';
}

function teamAndOrg(world: World, teamId: string): { team: Team; org: Org } | Decision {
  const team = world.teams.get(teamId);
  const org = team ? world.orgs.get(team.orgId) : undefined;
  return team && org ? { team, org } : notFound('No such team');
}
const isDecision = (v: object): v is Decision => 'allowed' in v;

/** Who may ask: a signed-in person of the team's org, or one whose verified email domain it claims. */
function askRules(world: World, actor: Actor, teamId: string): Decision {
  const user = actor.kind === 'user' ? world.users.get(actor.userId) : undefined;
  if (!user) return forbidden('identity', 'Only a signed-in person can ask to join a team');
  const found = teamAndOrg(world, teamId);
  if (isDecision(found)) return found;
  const { team, org } = found;
  const inOrg = belongsTo(user, org.id);
  const byDomain = domainClaimedBy(org, user);
  return (
    first(
      () =>
        inOrg || byDomain
          ? null
          : forbidden(
              'identity',
              `${user.name} is not in ${org.name}, and ${org.name} has not claimed ${emailDomain(user.email)}; ask a team admin for an invite`,
            ),
      () =>
        effectiveSetting(world, team, 'hidden') && membershipOf(user, org.id)?.orgRole !== 'admin'
          ? forbidden('team', `Team ${team.name} is hidden from non-members; ask its admin for an invite`)
          : null,
      () =>
        team.members.has(user.id) ? conflict(`${user.name} is already a member of team ${team.name}`) : null,
      () =>
        pendingOf(team, user.id)
          ? conflict(`${user.name} has already asked to join team ${team.name}`)
          : null,
      () =>
        byDomain && team.settings.recommendForDomainSignups
          ? conflict(
              `Team ${team.name} takes people from ${emailDomain(user.email)}: join it directly, no approval needed`,
            )
          : null,
    ) ??
    allowed([
      allow(
        'identity',
        inOrg
          ? `${user.name} is in ${org.name}; the team's admins decide`
          : `${user.name}'s verified email is at ${emailDomain(user.email)}, claimed by ${org.name}; the team's admins decide`,
      ),
    ])
  );
}

/** A pending request, then the engine's decision whether the actor manages the team's members. */
function decideRequest(world: World, actor: Actor, teamId: string, userId: string): Decision {
  const found = teamAndOrg(world, teamId);
  if (isDecision(found)) return found;
  const { team } = found;
  const user = world.users.get(userId);
  if (!user || !pendingOf(team, userId))
    return notFound(`No pending request from ${user?.name ?? 'that person'} to join team ${team.name}`);
  // Approving sets the newcomer's team role: whoever may change roles in the team decides (team
  // admins and org admins; a Member who may invite may not).
  return thenCheck(decide(world, actor, 'team:update_role', { kind: 'team', teamId }), () => null);
}

const dropRequest = (draft: Draft, teamId: string, userId: string): void =>
  draft.update('teams', teamId, (t) => ({
    ...t,
    joinRequests: (t.joinRequests ?? []).filter((r) => r.userId !== userId),
  }));

export const joinRequestOperations = defineFamily({
  'team.requestJoin': operation<{ teamId: string; at: string }>({
    check: (world, actor, op) => askRules(world, actor, op.teamId),
    apply: (draft, actor, op) => {
      if (actor.kind !== 'user') return;
      draft.update('teams', op.teamId, (t) => ({
        ...t,
        joinRequests: [...(t.joinRequests ?? []), { userId: actor.userId, at: op.at }],
      }));
    },
    impactScope: noScope,
  }),

  'team.withdrawJoinRequest': operation<{ teamId: string; userId: string }>({
    check: (world, actor, op) => {
      const found = teamAndOrg(world, op.teamId);
      if (isDecision(found)) return found;
      return (
        first(
          () =>
            actor.kind === 'user' && actor.userId === op.userId
              ? null
              : forbidden(
                  'identity',
                  'Only the person who asked can withdraw their request; admins decline it',
                ),
          () =>
            pendingOf(found.team, op.userId)
              ? null
              : notFound(`You have no pending request to join team ${found.team.name}`),
        ) ?? allowed([allow('identity', 'You may withdraw your own request')])
      );
    },
    apply: (draft, _actor, op) => dropRequest(draft, op.teamId, op.userId),
    impactScope: noScope,
  }),

  'team.approveJoinRequest': operation<{ teamId: string; userId: string; at: string }>({
    check: (world, actor, op) => {
      const gate = decideRequest(world, actor, op.teamId, op.userId);
      if (!gate.allowed) return gate;
      const team = world.teams.get(op.teamId);
      const org = team ? world.orgs.get(team.orgId) : undefined;
      const user = world.users.get(op.userId);
      if (!team || !org || !user) return notFound('No such team');
      // They may have left the org, or the org released their domain, since they asked.
      return belongsTo(user, org.id) || domainClaimedBy(org, user)
        ? gate
        : conflict(
            `${user.name} is no longer in ${org.name} and ${org.name} no longer claims their domain; decline it`,
          );
    },
    apply: (draft, _actor, op) => {
      const team = draft.get('teams', op.teamId);
      const org = team ? draft.get('orgs', team.orgId) : undefined;
      const user = draft.get('users', op.userId);
      if (!team || !org || !user) return;
      dropRequest(draft, op.teamId, op.userId);
      const joined = joinOrgByDomain(draft, org, user, op.at);
      joinTeams(draft, org.id, user.id, [{ teamId: team.id, role: defaultTeamRole(joined, org.id) }], op.at);
    },
    impactScope: (before, _after, op) =>
      before.teams.has(op.teamId) ? teamScope(before, op.teamId, [op.userId]) : [],
  }),

  'team.declineJoinRequest': operation<{ teamId: string; userId: string }>({
    check: (world, actor, op) => decideRequest(world, actor, op.teamId, op.userId),
    apply: (draft, _actor, op) => dropRequest(draft, op.teamId, op.userId),
    impactScope: noScope,
  }),
});
