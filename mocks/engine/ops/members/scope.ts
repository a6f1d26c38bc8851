// Where an org role, seat or membership change can matter for one person.
import type { World } from '../../model';
import type { Scope } from '../define';
import { orgTeamIds, teamAndProjects } from '../scope';
import { memberOf } from '../../memberships';

/**
 * An org admin (before or after) reaches every team, so all of them; anyone else reaches only their
 * own teams' projects and, as anyone, Open and Public ones (§9 step 1): Restricted invitees and
 * project roles are team members, so nothing else can change. On the large org this is a few hundred
 * targets instead of 5,200.
 */
export function memberScope(before: World, after: World, orgId: string, userId: string): Scope {
  const orgTeams = orgTeamIds(before, orgId);
  const admin =
    memberOf(before, userId, orgId)?.orgRole === 'admin' ||
    memberOf(after, userId, orgId)?.orgRole === 'admin';
  if (admin) return teamAndProjects(before, orgTeams, [userId]);
  const theirs = new Set(
    [...orgTeams].filter(
      (id) => before.teams.get(id)?.members.get(userId) ?? after.teams.get(id)?.members.get(userId),
    ),
  );
  const scope = teamAndProjects(before, theirs, [userId]);
  for (const p of before.projects.values()) {
    if (
      orgTeams.has(p.teamId) &&
      !theirs.has(p.teamId) &&
      (p.visibility === 'open' || p.visibility === 'public')
    )
      scope.push({ target: { kind: 'project', projectId: p.id }, principals: [userId] });
  }
  return scope;
}
