// The rules several project operations share: who may change visibility, who is in the team, names,
// who stays on a project that turns Restricted.
import type { Decision } from '../../decision';
import { decide } from '../../decide';
import { projectLabel, publicSharingBlocked } from '../../lookup';
import type { Actor, Project, Team, Visibility, World } from '../../model';
import { conflict, forbidden, invalid, notFound } from '../../reason';
import type { Draft } from '../../world-edit';
import { thenCheck } from '../rules';
import { memberOf } from '../../memberships';

export const projectRes = (p: Project) => ({ kind: 'project', projectId: p.id }) as const;

/** Open and Public are off while the team (or the org) makes projects private (§5.1 #2, §6.1). */
export function visibilityAllowed(world: World, team: Team, visibility: Visibility): Decision | null {
  if ((visibility === 'open' || visibility === 'public') && publicSharingBlocked(world, team)) {
    return forbidden(
      'visibility',
      `Team ${team.name} makes all projects private, so Open and Public are off`,
    );
  }
  return null;
}

/** Team members (users) and the team's own service accounts may be listed on its Restricted projects. */
export function inTeam(world: World, team: Team, principalId: string): boolean {
  return (
    team.members.get(principalId) !== undefined || world.serviceAccounts.get(principalId)?.teamId === team.id
  );
}

export function isTeamOrOrgAdmin(world: World, actor: Actor, team: Team): boolean {
  if (actor.kind !== 'user') return false;
  return (
    team.members.get(actor.userId)?.role === 'admin' ||
    memberOf(world, actor.userId, team.orgId)?.orgRole === 'admin'
  );
}

/** Project owner, team admin or org admin (§6.1 "Who may set or change visibility"). */
export function mayChangeVisibility(world: World, actor: Actor, project: Project, team: Team): boolean {
  return isTeamOrOrgAdmin(world, actor, team) || (actor.kind === 'user' && project.ownerId === actor.userId);
}

export function nameRules(world: World, team: Team, name: string): Decision | null {
  if (!/^[A-Za-z0-9._-]{1,128}$/.test(name)) return invalid('name', 'Use 1–128 letters, digits, ., - or _');
  const taken = world.projects
    .values()
    .some((p) => p.teamId === team.id && p.name.toLowerCase() === name.toLowerCase());
  return taken ? conflict(`Team ${team.name} already has a project named ${name}`) : null;
}

export const actorId = (actor: Actor): string | null =>
  actor.kind === 'user' ? actor.userId : actor.kind === 'service' ? actor.serviceAccountId : null;

/** Decision (§6.1): going Restricted keeps the owner and the person making the change, if in the team. */
export function keepersOnRestrict(
  draft: Draft,
  project: Pick<Project, 'teamId' | 'ownerId' | 'restrictedMembers'>,
  actor: Actor | null,
): string[] {
  const team = draft.get('teams', project.teamId);
  const inTeam = (id: string | null): id is string =>
    id !== null &&
    (team?.members.get(id) !== undefined || draft.get('serviceAccounts', id)?.teamId === project.teamId);
  return [
    ...new Set([project.ownerId, actor && actorId(actor), ...project.restrictedMembers].filter(inTeam)),
  ];
}

interface ProjectContext {
  project: Project;
  team: Team;
  label: string;
  /** Refuses unless the project is Restricted (only those have a member list). */
  restrictedOnly: () => Decision | null;
}

/** The project and its team (404 otherwise), then the operation's gate and rules. */
export function projectCheck(
  world: World,
  projectId: string,
  rules: (p: ProjectContext) => Decision,
): Decision {
  const project = world.projects.get(projectId);
  const team = project ? world.teams.get(project.teamId) : undefined;
  if (!project || !team) return notFound('No such project');
  const label = projectLabel(world, project);
  const restrictedOnly = (): Decision | null =>
    project.visibility === 'restricted'
      ? null
      : conflict(`${label} is not Restricted: everyone in team ${team.name} has access`);
  return rules({ project, team, label, restrictedOnly });
}

export const manage = (world: World, actor: Actor, project: Project, rest: () => Decision | null): Decision =>
  thenCheck(decide(world, actor, 'project:manage_users', projectRes(project)), rest);
