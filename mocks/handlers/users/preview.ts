// POST /api/orgs/:org/users/:userId/preview: what changing a member's org role or Models seat would
// take away, before it is done (member-preview.ts). The engine's check() of the same operation
// (refused: 403/409/422 with its reasons), then its impact(). Nothing changes.
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import type { Operation } from '../../engine/index';
import { previewMemberBodySchema } from '../../../src/api/users';
import { ok, parseBody, refuse } from '../http/respond';
import { route } from '../http/route';
import { withMember } from '../http/resolvers';
import { orgMemberPreview } from './member-preview';

export function previewMemberHandler(db: Db): HttpHandler {
  return route(
    db,
    'post',
    '/orgs/:org/users/:userId/preview',
    withMember(db, async ({ request, ...r }) => {
      const { actor, org, target } = r;
      const body = await parseBody(request, previewMemberBodySchema);
      if (!body.ok) return body.response;
      const op: Operation =
        body.data.orgRole !== undefined
          ? { type: 'member.setOrgRole', orgId: org.id, userId: target.id, role: body.data.orgRole }
          : { type: 'member.setSeat', orgId: org.id, userId: target.id, modelsSeat: body.data.modelsSeat };
      const built = await orgMemberPreview(db, actor, org, target, op);
      return built.ok ? ok(built.preview) : refuse(built.refused);
    }),
  );
}
