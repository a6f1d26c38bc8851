// Scopes shared by several families' impactScope: a team and its projects, an org's teams.
import type { World } from '../model';
import type { Scope } from './define';

export const teamAndProjects = (w: World, teamIds: Set<string>, principals: string[] | null): Scope => [
  ...[...teamIds].map((teamId) => ({ target: { kind: 'team' as const, teamId }, principals })),
  ...w.projects
    .values()
    .filter((p) => teamIds.has(p.teamId))
    .map((p) => ({ target: { kind: 'project' as const, projectId: p.id }, principals })),
];

export function orgTeamIds(w: World, orgId: string | null | undefined): Set<string> {
  return new Set(
    w.teams
      .values()
      .filter((t) => orgId && t.orgId === orgId)
      .map((t) => t.id),
  );
}

/** One team (and its projects), for the given principals or everyone. */
export const teamScope = (w: World, teamId: string, principals: string[] | null): Scope =>
  teamAndProjects(w, new Set([teamId]), principals);

/** One project, for everyone who could see it. */
export const projectScope = (projectId: string): Scope => [
  { target: { kind: 'project', projectId }, principals: null },
];
