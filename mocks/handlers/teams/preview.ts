// POST /api/teams/:team/members/:id/preview — what removing someone from a team (or giving them
// another team role) would do, before it is done: the engine's impact() of the same operation.
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import type { Operation, RoleRef } from '../../engine/index';
import { memberChangePreviewBodySchema } from '../../../src/api/member-preview';
import { previewResponse } from '../previews/impact-changes';
import { parseBody } from '../http/respond';
import { param, route } from '../http/route';
import { withTeam } from '../http/resolvers';

export function teamPreviewHandler(db: Db): HttpHandler {
  return route(
    db,
    'post',
    '/teams/:team/members/:principalId/preview',
    withTeam(db, async ({ request, params, ...found }) => {
      const body = await parseBody(request, memberChangePreviewBodySchema);
      if (!body.ok) return body.response;
      const principalId = param(params, 'principalId');
      const op: Operation =
        'remove' in body.data
          ? { type: 'team.removeMember', teamId: found.team.id, principalId }
          : { type: 'team.setRole', teamId: found.team.id, principalId, role: body.data.role as RoleRef };
      return previewResponse(db.world, found.actor, op, principalId);
    }),
  );
}
