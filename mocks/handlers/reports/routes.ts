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
import { fail, notFound, ok, refuse } from '../http/respond';
import { param, route } from '../http/route';
import { transact } from '../http/transact';
import { projectRowRoutes } from '../project-content/row-routes';
import { nameOf, sharedReportPath } from '../project-content/view';

export function reportHandlers(db: Db): HttpHandler[] {
  const reports = projectRowRoutes(
    db,
    { path: 'reports', idParam: 'reportId', label: 'That report' },
    (world) => world.reports,
  );
  return [
    reports.create(reportTitleBodySchema, ({ actor, project, body }) => {
      const id = newId('report');
      const done = transact(db, actor, {
        type: 'report.create',
        report: { id, projectId: project.id, title: body.title, createdAt: db.now() },
      });
      return done.ok ? ok({ id }, 201) : done.response;
    }),
    reports.rowWith('patch', '', reportTitleBodySchema, ({ actor, row, body }) => {
      const done = transact(db, actor, {
        type: 'report.update',
        reportId: row.id,
        title: body.title,
        ...(body.body === undefined ? {} : { body: body.body }),
        at: db.now(),
      });
      return done.ok ? ok({ id: row.id }) : done.response;
    }),
    reports.row('delete', '', ({ actor, row }) => {
      const done = transact(db, actor, { type: 'report.delete', reportId: row.id });
      return done.ok ? ok({ deleted: row.id }) : done.response;
    }),
    reports.rowWith('put', '/follow', followBodySchema, ({ actor, row, body }) => {
      const done = transact(db, actor, { type: 'report.follow', reportId: row.id, follow: body.follow });
      return done.ok ? ok({ following: body.follow }) : done.response;
    }),
    reports.rowWith('post', '/comments', commentBodySchema, ({ actor, row, body }) => {
      const id = newId('comment');
      const done = transact(db, actor, {
        type: 'report.comment',
        reportId: row.id,
        comment: { id, text: body.text, at: db.now() },
      });
      return done.ok ? ok({ id }, 201) : done.response;
    }),
    reports.row('delete', '/comments/:commentId', ({ params, actor, row }) => {
      const commentId = param(params, 'commentId');
      const done = transact(db, actor, { type: 'report.deleteComment', reportId: row.id, commentId });
      return done.ok ? ok({ deleted: commentId }) : done.response;
    }),
    reports.rowWith('put', '/sharing', sharingBodySchema, ({ actor, row, body }) => {
      const token = body.magicLink ? newId('link') : null;
      const done = transact(db, actor, { type: 'report.share', reportId: row.id, magicLink: token });
      return done.ok ? ok({ link: token ? sharedReportPath(token) : null }) : done.response;
    }),
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
