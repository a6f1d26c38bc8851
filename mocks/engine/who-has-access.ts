// whoHasAccess(): everyone with a named way into a project. Candidates are the team, its org's admins
// (an index, not a scan of every user) and the Restricted list; each is walked once, its verdict read
// from the facts, and only the people listed are put into words.
import { projectEntry } from './access';
import type { AccessEntry } from './access-types';
import { explainFacts } from './chain';
import { allowsOnFacts, walkFacts } from './chain-facts';
import { actorOf, principalOf } from './lookup';
import type { Project, World } from './model';
import { orgAdminIds } from './people-index';

/** Principals who could have a role on this project's team or project (not "anyone" on Open/Public). */
export function candidatePrincipals(world: World, teamId: string, project?: Project): Set<string> {
  const team = world.teams.get(teamId);
  const ids = new Set<string>();
  if (!team) return ids;
  for (const id of team.members.keys()) ids.add(id);
  for (const id of orgAdminIds(world, team.orgId)) ids.add(id);
  for (const sa of world.serviceAccounts.values()) if (sa.teamId === teamId) ids.add(sa.id);
  if (project) for (const id of project.restrictedMembers) ids.add(id);
  return ids;
}

/**
 * Every user and service account that can at least see the project, with role, source and reasons.
 * Decision: on Open/Public projects, people who get in only as "anyone" are not enumerated.
 */
export function whoHasAccess(world: World, projectId: string): AccessEntry[] {
  const project = world.projects.get(projectId);
  const team = project ? world.teams.get(project.teamId) : undefined;
  if (!project || !team) return [];
  const entries: AccessEntry[] = [];
  for (const id of candidatePrincipals(world, team.id, project)) {
    const facts = walkFacts(world, principalOf(world, actorOf(world, id)), {
      kind: 'project',
      team,
      project,
    });
    if (facts.via === null || facts.via === 'anyone' || !allowsOnFacts(facts, 'project:read')) continue;
    const entry = projectEntry(world, id, project, explainFacts(world, facts));
    if (entry) entries.push(entry);
  }
  return entries.sort((a, b) => a.principalName.localeCompare(b.principalName));
}
