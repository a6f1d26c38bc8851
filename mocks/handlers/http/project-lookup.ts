// Finds /:team/:project for the acting person. A project they may neither read nor manage is a 404,
// so Restricted projects and hidden teams never leak by name. Outsiders (signed out, other orgs)
// reach Open and Public projects through the engine's "anyone" rules.
import type { Db } from '../../db/db';
import { decide, type Actor, type Project, type Team } from '../../engine/index';
import { notFound } from './respond';
import { actorOf } from './session-actor';

export type FoundProject =
  { ok: true; team: Team; project: Project; actor: Actor } | { ok: false; response: Response };

export function findProject(db: Db, teamName: string, projectName: string): FoundProject {
  const actor = actorOf(db);
  const world = db.world;
  const team = world.teams.values().find((t) => t.name === teamName);
  const project = team
    ? world.projects.values().find((p) => p.teamId === team.id && p.name === projectName)
    : undefined;
  const resource = { kind: 'project', projectId: project?.id ?? '' } as const;
  const visible =
    project !== undefined &&
    (decide(world, actor, 'project:read', resource).allowed ||
      decide(world, actor, 'project:manage_users', resource).allowed);
  if (!team || !project || !visible)
    return { ok: false, response: notFound(`Project "${teamName}/${projectName}"`) };
  return { ok: true, team, project, actor };
}
