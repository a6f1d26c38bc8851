// What an actor can see listed: teams of an org (hidden teams only to members and org admins) and projects.
import { allows } from './decide';
import { effectiveSetting, principalOf } from './lookup';
import type { Actor, Team, World } from './model';
import { membershipOf } from './memberships';
import { teamsOfOrg } from './org-teams';

/** Teams of the org the actor may see listed; people outside the org see none. */
export function visibleTeams(world: World, actor: Actor, orgId: string): Team[] {
  const p = principalOf(world, actor);
  const membership = p.kind === 'user' ? membershipOf(p.user, orgId) : undefined;
  const orgAdmin = membership?.orgRole === 'admin';
  const inOrg =
    membership !== undefined || (p.kind === 'service' && world.teams.get(p.account.teamId)?.orgId === orgId);
  if (!inOrg) return [];
  return teamsOfOrg(world, orgId).filter(
    (t) =>
      orgAdmin ||
      (p.id !== null && t.members.get(p.id) !== undefined) ||
      !effectiveSetting(world, t, 'hidden'),
  );
}

/** Whether the project shows up for the actor at all (project:read, which admins keep on Restricted ones). */
export function canSeeProject(world: World, actor: Actor, projectId: string): boolean {
  return allows(world, actor, 'project:read', { kind: 'project', projectId });
}
