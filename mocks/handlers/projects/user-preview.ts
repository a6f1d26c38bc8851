// POST /api/projects/:team/:project/users/:principalId/preview — what giving someone another project
// role (or removing them from a Restricted project) would take away, before it is done: the engine's
// check() of the same operation (refused: 403/404/409/422 with its reasons, as the change would be),
// then its impact() on the project. Nothing changes.
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import type { Operation, RoleRef } from '../../engine/index';
import { memberChangePreviewBodySchema } from '../../../src/api/member-preview';
import { previewResponse } from '../previews/impact-changes';
import { parseBody } from '../http/respond';
import { param, route } from '../http/route';
import { withProject } from '../http/resolvers';

export function projectUserPreviewHandler(db: Db): HttpHandler {
  return route(
    db,
    'post',
    '/projects/:team/:project/users/:principalId/preview',
    withProject(db, async ({ request, params, ...found }) => {
      const body = await parseBody(request, memberChangePreviewBodySchema);
      if (!body.ok) return body.response;
      const principalId = param(params, 'principalId');
      const projectId = found.project.id;
      const op: Operation =
        'remove' in body.data
          ? { type: 'project.removeMember', projectId, principalId }
          : { type: 'project.setRole', projectId, principalId, role: body.data.role as RoleRef };
      return previewResponse(db.world, found.actor, op, principalId);
    }),
  );
}
