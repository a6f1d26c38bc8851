// Sweeps of a project (ADR 0026): create one, run an agent (it logs a run into the sweep as the
// acting person), delete one with its runs — Members only what they created, admins any.
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import { createSweepBodySchema } from '../../../src/api/project-content';
import { newId } from '../http/api-values';
import { notFound, ok, parseBody } from '../http/respond';
import { param, route, type Params } from '../http/route';
import { withProject } from '../http/resolvers';
import { transact } from '../http/transact';
import { rowOfProject } from '../project-content/view';

export function sweepHandlers(db: Db): HttpHandler[] {
  const sweepOf = (projectId: string, params: Params) =>
    rowOfProject(db.world.sweeps, param(params, 'sweepId'), projectId);
  const base = '/projects/:team/:project/sweeps';
  return [
    route(
      db,
      'post',
      base,
      withProject(db, async ({ request, actor, project }) => {
        const body = await parseBody(request, createSweepBodySchema);
        if (!body.ok) return body.response;
        const id = newId('sweep');
        const done = transact(db, actor, {
          type: 'sweep.create',
          sweep: {
            id,
            projectId: project.id,
            name: body.data.name,
            method: body.data.method,
            createdAt: db.now(),
          },
        });
        return done.ok ? ok({ id }, 201) : done.response;
      }),
    ),
    route(
      db,
      'post',
      `${base}/:sweepId/runs`,
      withProject(db, ({ params, actor, project }) => {
        const sweep = sweepOf(project.id, params);
        if (!sweep) return notFound('That sweep');
        const count = db.world.runs.values().filter((r) => r.sweepId === sweep.id).length;
        const id = newId('run');
        const done = transact(db, actor, {
          type: 'sweep.logRun',
          sweepId: sweep.id,
          run: { id, name: `${sweep.name}-${count + 1}`, createdAt: db.now() },
        });
        return done.ok ? ok({ runId: id }, 201) : done.response;
      }),
    ),
    route(
      db,
      'delete',
      `${base}/:sweepId`,
      withProject(db, ({ params, actor, project }) => {
        const sweep = sweepOf(project.id, params);
        if (!sweep) return notFound('That sweep');
        const done = transact(db, actor, { type: 'sweep.delete', sweepId: sweep.id });
        return done.ok ? ok({ deleted: sweep.id }) : done.response;
      }),
    ),
  ];
}
