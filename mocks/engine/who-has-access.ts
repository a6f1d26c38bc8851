// whoHasAccess(): everyone with a named way into a project. The chain is walked once per candidate
// (not once per permission), and candidates are the team, its org admins and the Restricted list, so
// a 10,000-user world costs one pass over users to find the admins.
import { chainFor, projectEntry } from './access';
import type { AccessEntry } from './access-types';
import type { Project, World } from './model';

/** Principals who could have a role on this project's team or project (not "anyone" on Open/Public). */
export function candidatePrincipals(world: World, teamId: string, project?: Project): Set<string> {
  const team = world.teams.get(teamId);
  const ids = new Set<string>();
  if (!team) return ids;
  for (const id of team.members.keys()) ids.add(id);
  for (const u of world.users.values()) if (u.orgId === team.orgId && u.orgRole === 'admin') ids.add(u.id);
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
    const entry = projectEntry(world, id, project, chainFor(world, id, { kind: 'project', team, project }));
    if (entry && entry.via !== 'anyone') entries.push(entry);
  }
  return entries.sort((a, b) => a.principalName.localeCompare(b.principalName));
}
