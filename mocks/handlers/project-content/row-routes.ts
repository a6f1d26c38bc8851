// The routes on one kind of a project's rows (reports, sweeps): the project the path names, then the
// row its id names in that project (else a 404), and the request body parsed where there is one — so
// each handler starts from what it acts on and only builds its operation.
import type { HttpHandler } from 'msw';
import type { z } from 'zod';
import type { Db } from '../../db/db';
import type { Actor, Project, World } from '../../engine/index';
import { notFound, parseBody } from '../http/respond';
import { param, route, type Method, type RouteArgs } from '../http/route';
import { withProject } from '../http/resolvers';
import { rowOfProject } from './view';

type Answer = Response | Promise<Response>;
type ProjectCtx = RouteArgs & { actor: Actor; project: Project };

export function projectRowRoutes<T extends { id: string; projectId: string }>(
  db: Db,
  /** The collection's path segment and the row's id parameter: `reports`, `reportId`. */
  kind: { path: string; idParam: string; label: string },
  rows: (world: World) => { get(id: string): T | undefined },
) {
  const base = `/projects/:team/:project/${kind.path}`;
  const withRow = (handle: (ctx: ProjectCtx & { row: T }) => Answer) =>
    withProject(db, (ctx) => {
      const row = rowOfProject(rows(db.world), param(ctx.params, kind.idParam), ctx.project.id);
      return row ? handle({ ...ctx, row }) : notFound(kind.label);
    });
  const withBody =
    <S extends z.ZodType, C extends RouteArgs>(
      schema: S,
      handle: (ctx: C & { body: z.infer<S> }) => Answer,
    ) =>
    async (ctx: C): Promise<Response> => {
      const body = await parseBody(ctx.request, schema);
      return body.ok ? handle({ ...ctx, body: body.data }) : body.response;
    };
  const rowPath = (suffix: string) => `${base}/:${kind.idParam}${suffix}`;
  return {
    /** On the collection (create), with a body. */
    create: <S extends z.ZodType>(schema: S, handle: (ctx: ProjectCtx & { body: z.infer<S> }) => Answer) =>
      route(db, 'post', base, withProject(db, withBody<S, ProjectCtx>(schema, handle))),
    /** On one row (`suffix` after its id: '' for the row itself, '/follow' …), without a body. */
    row: (method: Method, suffix: string, handle: (ctx: ProjectCtx & { row: T }) => Answer): HttpHandler =>
      route(db, method, rowPath(suffix), withRow(handle)),
    /** On one row, with a body. */
    rowWith: <S extends z.ZodType>(
      method: Method,
      suffix: string,
      schema: S,
      handle: (ctx: ProjectCtx & { row: T; body: z.infer<S> }) => Answer,
    ): HttpHandler =>
      route(db, method, rowPath(suffix), withRow(withBody<S, ProjectCtx & { row: T }>(schema, handle))),
  };
}
