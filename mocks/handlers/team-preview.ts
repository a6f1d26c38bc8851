// POST /api/teams/:team/members/:id/preview — what removing someone from a team (or giving them
// another team role) would do, before it is done: the engine's impact() of the same operation.
import type { HttpHandler } from 'msw';
import type { Db } from '../db/db';
import { check, impact, type Operation, type RoleRef } from '../engine/index';
import { memberChangePreviewBodySchema, type MemberChangePreview } from '../../src/api/member-preview';
import { impactChanges } from './impact-changes';
import { ok, parseBody, refuse } from './respond';
import { toApiDecision } from './perform';
import { param, route } from './route';
import { findVisibleTeam } from './team-lookup';

export function teamPreviewHandler(db: Db): HttpHandler {
  return route(db, 'post', '/teams/:team/members/:principalId/preview', async ({ request, params }) => {
    const found = findVisibleTeam(db, param(params, 'team'));
    if (!found.ok) return found.response;
    const body = await parseBody(request, memberChangePreviewBodySchema);
    if (!body.ok) return body.response;
    const principalId = param(params, 'principalId');
    const op: Operation =
      'remove' in body.data
        ? { type: 'team.removeMember', teamId: found.team.id, principalId }
        : { type: 'team.setRole', teamId: found.team.id, principalId, role: body.data.role as RoleRef };
    const allowed = check(db.world, found.actor, op);
    // A refused change has no impact to show: answered like every refusal (403/409 with the reasons),
    // as the org and project previews do.
    if (!allowed.allowed) return refuse(allowed);
    const result = impact(db.world, found.actor, op);
    const preview: MemberChangePreview = {
      allowed: toApiDecision(allowed),
      summary: result.summary,
      changes: impactChanges(result.entries, principalId),
    };
    return ok(preview);
  });
}
