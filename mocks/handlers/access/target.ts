// Resolves the team or project an access question is about. What the viewer may not see is a 404,
// through the same lookups as the team and project pages, so Restricted and hidden names never leak.
import type { Db } from '../../db/db';
import type { Org, Project, Team } from '../../engine/index';
import { fail, notFound } from '../http/respond';
import { findProject, findVisibleTeam } from '../http/resolvers';

export type Target =
  | { ok: true; team: Team; project: Project | null; engineTarget: EngineTarget }
  | { ok: false; response: Response };
export type EngineTarget = { kind: 'team'; teamId: string } | { kind: 'project'; projectId: string };

export function findTarget(db: Db, org: Org, query: { team?: string; project?: string }): Target {
  if (query.project) {
    const slash = query.project.indexOf('/');
    if (slash < 1) return { ok: false, response: notFound(`Project "${query.project}"`) };
    const found = findProject(db, query.project.slice(0, slash), query.project.slice(slash + 1));
    if (!found.ok) return found;
    if (found.team.orgId !== org.id) return { ok: false, response: notFound(`Project "${query.project}"`) };
    return {
      ok: true,
      team: found.team,
      project: found.project,
      engineTarget: { kind: 'project', projectId: found.project.id },
    };
  }
  if (query.team) {
    const found = findVisibleTeam(db, query.team);
    if (!found.ok) return found;
    if (found.team.orgId !== org.id) return { ok: false, response: notFound(`Team "${query.team}"`) };
    return {
      ok: true,
      team: found.team,
      project: null,
      engineTarget: { kind: 'team', teamId: found.team.id },
    };
  }
  return {
    ok: false,
    response: fail(422, 'invalid', 'Pick a team or a project', {
      fieldErrors: { team: 'Pick a team or a project' },
    }),
  };
}
