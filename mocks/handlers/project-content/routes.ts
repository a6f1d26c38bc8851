// GET a project's reports, sweeps and artifacts with the acting person's allowed and refused actions.
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import { ok } from '../http/respond';
import { route } from '../http/route';
import { withProject } from '../http/resolvers';
import { projectContentBody } from './view';

export function projectContentHandlers(db: Db): HttpHandler[] {
  return [
    route(
      db,
      'get',
      '/projects/:team/:project/content',
      withProject(db, ({ actor, project }) => ok(projectContentBody(db, actor, project))),
    ),
  ];
}
