// Runs of a project: stop and delete follow `:own` rules; moves go into Restricted, never out (§6.1).
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import { moveRunsBodySchema } from '../../../src/api/projects';
import { notFound, ok, parseBody } from '../http/respond';
import { transact } from '../http/transact';
import { param, route } from '../http/route';
import { withProject } from '../http/resolvers';

export function projectRunHandlers(db: Db): HttpHandler[] {
  const runOf = (projectId: string, runId: string) => {
    const run = db.world.runs.get(runId);
    return run && run.projectId === projectId ? run : undefined;
  };
  return [
    route(
      db,
      'post',
      '/projects/:team/:project/runs/move',
      withProject(db, async ({ request, ...found }) => {
        const body = await parseBody(request, moveRunsBodySchema);
        if (!body.ok) return body.response;
        if (body.data.runIds.some((id) => !runOf(found.project.id, id))) return notFound('One of those runs');
        const done = transact(db, found.actor, {
          type: 'run.move',
          runIds: body.data.runIds,
          toProjectId: body.data.toProjectId,
        });
        if (!done.ok) return done.response;
        return ok({ moved: body.data.runIds.length });
      }),
    ),
    route(
      db,
      'post',
      '/projects/:team/:project/runs/:runId/stop',
      withProject(db, ({ params, ...found }) => {
        const run = runOf(found.project.id, param(params, 'runId'));
        if (!run) return notFound('That run');
        const done = transact(db, found.actor, { type: 'run.stop', runId: run.id });
        if (!done.ok) return done.response;
        return ok({ stopped: run.id });
      }),
    ),
    route(
      db,
      'delete',
      '/projects/:team/:project/runs/:runId',
      withProject(db, ({ params, ...found }) => {
        const run = runOf(found.project.id, param(params, 'runId'));
        if (!run) return notFound('That run');
        const done = transact(db, found.actor, { type: 'run.delete', runId: run.id });
        if (!done.ok) return done.response;
        return ok({ deleted: run.id });
      }),
    ),
  ];
}
