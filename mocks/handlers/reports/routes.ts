// Reports of a project (ADR 0026): create, edit, delete, follow, comment, share by magic link; and the
// magic link itself, which anyone may open while the team's report sharing setting allows it.
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import { magicLinkState } from '../../engine/index';
import {
  commentBodySchema,
  followBodySchema,
  reportTitleBodySchema,
  sharingBodySchema,
  type SharedReport,
} from '../../../src/api/project-content';
import { newId } from '../http/api-values';
import { fail, notFound, ok, parseBody, refuse } from '../http/respond';
import { param, route, type Params } from '../http/route';
import { withProject } from '../http/resolvers';
import { transact } from '../http/transact';
import { nameOf, rowOfProject, sharedReportPath } from '../project-content/view';

export function reportHandlers(db: Db): HttpHandler[] {
  const reportOf = (projectId: string, params: Params) =>
    rowOfProject(db.world.reports, param(params, 'reportId'), projectId);
  const base = '/projects/:team/:project/reports';
  return [
    route(
      db,
      'post',
      base,
      withProject(db, async ({ request, actor, project }) => {
        const body = await parseBody(request, reportTitleBodySchema);
        if (!body.ok) return body.response;
        const id = newId('report');
        const done = transact(db, actor, {
          type: 'report.create',
          report: { id, projectId: project.id, title: body.data.title, createdAt: db.now() },
        });
        return done.ok ? ok({ id }, 201) : done.response;
      }),
    ),
    route(
      db,
      'patch',
      `${base}/:reportId`,
      withProject(db, async ({ request, params, actor, project }) => {
        const report = reportOf(project.id, params);
        if (!report) return notFound('That report');
        const body = await parseBody(request, reportTitleBodySchema);
        if (!body.ok) return body.response;
        const done = transact(db, actor, {
          type: 'report.update',
          reportId: report.id,
          title: body.data.title,
          ...(body.data.body === undefined ? {} : { body: body.data.body }),
          at: db.now(),
        });
        return done.ok ? ok({ id: report.id }) : done.response;
      }),
    ),
    route(
      db,
      'delete',
      `${base}/:reportId`,
      withProject(db, ({ params, actor, project }) => {
        const report = reportOf(project.id, params);
        if (!report) return notFound('That report');
        const done = transact(db, actor, { type: 'report.delete', reportId: report.id });
        return done.ok ? ok({ deleted: report.id }) : done.response;
      }),
    ),
    route(
      db,
      'put',
      `${base}/:reportId/follow`,
      withProject(db, async ({ request, params, actor, project }) => {
        const report = reportOf(project.id, params);
        if (!report) return notFound('That report');
        const body = await parseBody(request, followBodySchema);
        if (!body.ok) return body.response;
        const done = transact(db, actor, {
          type: 'report.follow',
          reportId: report.id,
          follow: body.data.follow,
        });
        return done.ok ? ok({ following: body.data.follow }) : done.response;
      }),
    ),
    route(
      db,
      'post',
      `${base}/:reportId/comments`,
      withProject(db, async ({ request, params, actor, project }) => {
        const report = reportOf(project.id, params);
        if (!report) return notFound('That report');
        const body = await parseBody(request, commentBodySchema);
        if (!body.ok) return body.response;
        const id = newId('comment');
        const done = transact(db, actor, {
          type: 'report.comment',
          reportId: report.id,
          comment: { id, text: body.data.text, at: db.now() },
        });
        return done.ok ? ok({ id }, 201) : done.response;
      }),
    ),
    route(
      db,
      'delete',
      `${base}/:reportId/comments/:commentId`,
      withProject(db, ({ params, actor, project }) => {
        const report = reportOf(project.id, params);
        if (!report) return notFound('That report');
        const commentId = param(params, 'commentId');
        const done = transact(db, actor, { type: 'report.deleteComment', reportId: report.id, commentId });
        return done.ok ? ok({ deleted: commentId }) : done.response;
      }),
    ),
    route(
      db,
      'put',
      `${base}/:reportId/sharing`,
      withProject(db, async ({ request, params, actor, project }) => {
        const report = reportOf(project.id, params);
        if (!report) return notFound('That report');
        const body = await parseBody(request, sharingBodySchema);
        if (!body.ok) return body.response;
        const token = body.data.magicLink ? newId('link') : null;
        const done = transact(db, actor, { type: 'report.share', reportId: report.id, magicLink: token });
        return done.ok ? ok({ link: token ? sharedReportPath(token) : null }) : done.response;
      }),
    ),
    // The magic link: no sign-in needed, as W&B's links work for anyone who has them.
    route(db, 'get', '/shared-reports/:token', ({ params }) => {
      const token = param(params, 'token');
      const world = db.world;
      const report = world.reports.find((r) => typeof r.magicLink === 'string' && r.magicLink === token);
      if (!report) return notFound('That shared report');
      const state = magicLinkState(world, report);
      if (!state.active && state.blockedBy) {
        return refuse({ allowed: false, refusal: 'forbidden', reasons: [state.blockedBy] });
      }
      const project = world.projects.get(report.projectId);
      const team = project ? world.teams.get(project.teamId) : undefined;
      if (!project || !team) return fail(404, 'not_found', 'That shared report was not found.');
      const body: SharedReport = {
        title: report.title,
        body: report.body ?? '',
        project: `${team.name}/${project.name}`,
        authorName: nameOf(world, report.authorId),
        updatedAt: report.updatedAt ?? report.createdAt,
      };
      return ok(body);
    }),
  ];
}
