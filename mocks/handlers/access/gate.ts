// Who may see whose access (ADR 0006): everyone their own; org admins anyone's; team admins their team
// members' on that team and its projects. Each leg is an engine decision, so the gate and its 403
// reasons come from the same place as every other refusal.
import type { Db } from '../../db/db';
import {
  decide,
  membershipOf,
  type Actor,
  type Decision,
  type Org,
  type Team,
  type World,
} from '../../engine/index';
import { ORG_ROLE_LABELS, SEAT_LABELS } from '../../../src/api/role-labels';
import type { AccessPerson } from '../../../src/api/access';

/** A user or service account the console can explain, with a one-line description. */
export function subjectOf(world: World, org: Org, id: string): AccessPerson | null {
  const user = world.users.get(id);
  if (user) {
    const here = membershipOf(user, org.id);
    const others = user.orgs
      .filter((m) => m.orgId !== org.id)
      .map((m) => world.orgs.get(m.orgId)?.name ?? '');
    const description = here
      ? `${ORG_ROLE_LABELS[here.orgRole]} of ${org.name}, ${SEAT_LABELS[here.modelsSeat]} Models seat`
      : `Outside the org (${others.join(', ') || 'no organization'})`;
    return { id, name: user.name || user.username, email: user.email, description };
  }
  const account = world.serviceAccounts.get(id);
  const team = account ? world.teams.get(account.teamId) : undefined;
  if (account && team?.orgId === org.id)
    return { id, name: account.name, email: '', description: `Service account of team ${team.name}` };
  return null;
}

/** A member of the team, or one of its service accounts. */
export function inTeam(world: World, team: Team, id: string): boolean {
  return team.members.get(id) !== undefined || world.serviceAccounts.get(id)?.teamId === team.id;
}

/** The engine's verdict on "may the actor administer this team" (team or org admin). */
export const adminsTeam = (world: World, actor: Actor, team: Team): Decision =>
  decide(world, actor, 'team:update_role', { kind: 'team', teamId: team.id });

export const adminsOrg = (world: World, actor: Actor, org: Org): Decision =>
  decide(world, actor, 'organization:update_member', { kind: 'org', orgId: org.id });

/**
 * May the actor see `subjectId`'s access on `team` (or anywhere, when team is null)?
 * Allowed for themselves, for org admins, and for admins of `team` when the subject is in it.
 */
export function mayExplain(
  world: World,
  actor: Actor,
  org: Org,
  subjectId: string,
  team: Team | null,
): Decision {
  if (actor.kind === 'user' && actor.userId === subjectId)
    return {
      allowed: true,
      reasons: [{ step: 'identity', effect: 'allow', text: 'Everyone may see their own access' }],
    };
  const asOrgAdmin = adminsOrg(world, actor, org);
  if (asOrgAdmin.allowed) return asOrgAdmin;
  if (team) {
    const asTeamAdmin = adminsTeam(world, actor, team);
    if (asTeamAdmin.allowed && inTeam(world, team, subjectId)) return asTeamAdmin;
    if (asTeamAdmin.allowed) {
      return {
        allowed: false,
        refusal: 'forbidden',
        reasons: [
          ...asTeamAdmin.reasons,
          {
            step: 'team',
            effect: 'deny',
            text: `Team admins see the access of their own team's members only; this person is not in team ${team.name}`,
          },
        ],
      };
    }
  }
  const denial = asOrgAdmin.reasons.filter((r) => r.effect === 'deny').at(-1);
  return {
    allowed: false,
    refusal: 'forbidden',
    reasons: [
      ...asOrgAdmin.reasons.filter((r) => r.effect !== 'deny'),
      {
        step: denial?.step === 'identity' ? 'identity' : 'org-role',
        effect: 'deny',
        text: 'Only org admins, and team admins for their own team’s members, can see someone else’s access',
      },
    ],
  };
}

/** Teams the actor administers (for team admins' scoped views). */
export function administeredTeams(db: Db, actor: Actor, org: Org): Team[] {
  return db.world.teams.values().filter((t) => t.orgId === org.id && adminsTeam(db.world, actor, t).allowed);
}

/** May the actor see `subjectId`'s access on `team` and its projects: the gate above, for a member row. */
export function mayExplainOnTeam(world: World, actor: Actor, team: Team, subjectId: string): Decision {
  const org = world.orgs.get(team.orgId);
  if (!org)
    return {
      allowed: false,
      refusal: 'not-found',
      reasons: [{ step: 'input', effect: 'deny', text: 'The team belongs to no organization' }],
    };
  return mayExplain(world, actor, org, subjectId, team);
}
