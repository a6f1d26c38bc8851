// Sweeps of a project (ADR 0026): create one, run an agent (it logs a run into the sweep as the
// acting person), delete one with its runs — Members only what they created, admins any.
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import { createSweepBodySchema } from '../../../src/api/project-content';
import { newId } from '../http/api-values';
import { ok } from '../http/respond';
import { transact } from '../http/transact';
import { projectRowRoutes } from '../project-content/row-routes';

export function sweepHandlers(db: Db): HttpHandler[] {
  const sweeps = projectRowRoutes(
    db,
    { path: 'sweeps', idParam: 'sweepId', label: 'That sweep' },
    (world) => world.sweeps,
  );
  return [
    sweeps.create(createSweepBodySchema, ({ actor, project, body }) => {
      const id = newId('sweep');
      const done = transact(db, actor, {
        type: 'sweep.create',
        sweep: { id, projectId: project.id, name: body.name, method: body.method, createdAt: db.now() },
      });
      return done.ok ? ok({ id }, 201) : done.response;
    }),
    sweeps.row('post', '/runs', ({ actor, row }) => {
      const count = db.world.runs.values().filter((r) => r.sweepId === row.id).length;
      const id = newId('run');
      const done = transact(db, actor, {
        type: 'sweep.logRun',
        sweepId: row.id,
        run: { id, name: `${row.name}-${count + 1}`, createdAt: db.now() },
      });
      return done.ok ? ok({ runId: id }, 201) : done.response;
    }),
    sweeps.row('delete', '', ({ actor, row }) => {
      const done = transact(db, actor, { type: 'sweep.delete', sweepId: row.id });
      return done.ok ? ok({ deleted: row.id }) : done.response;
    }),
  ];
}
