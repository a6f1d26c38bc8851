// Artifacts (§8, ADR 0026): download (refused for a Viewer seat with the engine's reason; it changes
// nothing, so it is decided, not transacted, and leaves no audit entry); log a new version, delete a
// version, add and remove aliases (each a change through the engine, audited).
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import { decide } from '../../engine/index';
import { aliasBodySchema, createArtifactBodySchema } from '../../../src/api/project-content';
import { newId } from '../http/api-values';
import { notFound, ok, parseBody, refuse } from '../http/respond';
import { transact } from '../http/transact';
import { param, route, type Params } from '../http/route';
import { withProject } from '../http/resolvers';
import { rowOfProject } from '../project-content/view';

export function artifactHandlers(db: Db): HttpHandler[] {
  const base = '/projects/:team/:project/artifacts';
  const artifactOf = (projectId: string, params: Params) =>
    rowOfProject(db.world.artifacts, param(params, 'artifactId'), projectId);
  return [
    route(
      db,
      'post',
      base,
      withProject(db, async ({ request, actor, project }) => {
        const body = await parseBody(request, createArtifactBodySchema);
        if (!body.ok) return body.response;
        const id = newId('artifact');
        const done = transact(db, actor, {
          type: 'artifact.create',
          artifact: { id, projectId: project.id, name: body.data.name, createdAt: db.now() },
        });
        return done.ok ? ok({ id, version: db.world.artifacts.get(id)?.version ?? 0 }, 201) : done.response;
      }),
    ),
    route(
      db,
      'delete',
      `${base}/:artifactId`,
      withProject(db, ({ params, actor, project }) => {
        const artifact = artifactOf(project.id, params);
        if (!artifact) return notFound('That artifact');
        const done = transact(db, actor, { type: 'artifact.delete', artifactId: artifact.id });
        return done.ok ? ok({ deleted: artifact.id }) : done.response;
      }),
    ),
    route(
      db,
      'post',
      `${base}/:artifactId/aliases`,
      withProject(db, async ({ request, params, actor, project }) => {
        const artifact = artifactOf(project.id, params);
        if (!artifact) return notFound('That artifact');
        const body = await parseBody(request, aliasBodySchema);
        if (!body.ok) return body.response;
        const done = transact(db, actor, {
          type: 'artifact.addAlias',
          artifactId: artifact.id,
          alias: body.data.alias,
        });
        return done.ok ? ok({ aliases: db.world.artifacts.get(artifact.id)?.aliases ?? [] }) : done.response;
      }),
    ),
    route(
      db,
      'delete',
      `${base}/:artifactId/aliases/:alias`,
      withProject(db, ({ params, actor, project }) => {
        const artifact = artifactOf(project.id, params);
        if (!artifact) return notFound('That artifact');
        const alias = param(params, 'alias');
        const done = transact(db, actor, { type: 'artifact.removeAlias', artifactId: artifact.id, alias });
        return done.ok ? ok({ aliases: db.world.artifacts.get(artifact.id)?.aliases ?? [] }) : done.response;
      }),
    ),
    route(
      db,
      'post',
      '/projects/:team/:project/artifacts/:artifactId/download',
      withProject(db, ({ params, actor, project }) => {
        const artifact = rowOfProject(db.world.artifacts, param(params, 'artifactId'), project.id);
        if (!artifact) return notFound('That artifact');
        const d = decide(db.world, actor, 'artifact:download', { kind: 'artifact', artifactId: artifact.id });
        if (!d.allowed) return refuse({ ...d, refusal: 'forbidden' });
        // A stand-in for the files: the name and a size derived from the id, the same every time.
        const bytes = 1024 * (1 + ([...artifact.id].reduce((n, c) => n + c.charCodeAt(0), 0) % 900));
        return ok({ fileName: `${artifact.name}.tar.gz`, bytes });
      }),
    ),
  ];
}
