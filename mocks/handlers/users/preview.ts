// POST /api/orgs/:org/users/:userId/preview: what changing a member's org role or Models seat would
// take away, before it is done. The engine's check() of the same operation (refused: 403/409/422 with
// its reasons), then its impact() on every team and project of the org, plus the organization itself
// (the org permissions the person holds before and after, each decided by the engine). Nothing changes.
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import { decide, ORG_PERMISSIONS, type Operation, type Org, type User, type World } from '../../engine/index';
import { ORG_ROLE_LABELS } from '../../../src/api/role-labels';
import type { ImpactChange } from '../../../src/api/member-preview';
import { previewMemberBodySchema } from '../../../src/api/users';
import { lostPermissions, previewResponse } from '../previews/impact-changes';
import { parseBody } from '../http/respond';
import { route } from '../http/route';
import { withMember } from '../http/resolvers';

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
          ? { type: 'member.setOrgRole', userId: target.id, role: body.data.orgRole }
          : { type: 'member.setSeat', userId: target.id, modelsSeat: body.data.modelsSeat };
      return previewResponse(db.world, actor, op, target.id, (before, after) => {
        const orgLoss = orgChange(before, after, org, target);
        return orgLoss ? [orgLoss] : [];
      });
    }),
  );
}

/** The organization's own permissions (manage users, settings, roles…) the person would lose, if any. */
function orgChange(before: World, after: World, org: Org, user: User): ImpactChange | null {
  const subject = { kind: 'user', userId: user.id } as const;
  const resource = { kind: 'org', orgId: org.id } as const;
  const lost = ORG_PERMISSIONS.filter(
    (p) => decide(before, subject, p, resource).allowed && !decide(after, subject, p, resource).allowed,
  );
  if (lost.length === 0) return null;
  const roleAfter = after.users.get(user.id)?.orgRole ?? user.orgRole;
  return {
    kind: 'organization',
    target: `organization ${org.name}`,
    before: ORG_ROLE_LABELS[user.orgRole],
    after: ORG_ROLE_LABELS[roleAfter],
    losesAccess: false,
    losesPermissions: true,
    lost: lostPermissions(lost),
  };
}
