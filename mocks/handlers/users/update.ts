// PATCH /api/orgs/:org/users/:userId: org role and seats, all or nothing, in whichever order is valid.
// With `ask`, a change that can take something away is not made: the answer is its preview,
// `{ confirm }` (member-preview.ts), and the person confirms by sending it again with the preview's `version` as
// `expected`; a promotion or a no-loss change is made at once, in one request. With `expected`, the
// change is made only if it still does what that preview said, else 409 with the fresh preview.
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import {
  memberChangeOps,
  memberOf,
  type Actor,
  type Org,
  type OrgMember,
  type World,
} from '../../engine/index';
import {
  updateMemberBodySchema,
  type MemberAccess,
  type OrgMemberPreview,
  type UpdateMemberResult,
} from '../../../src/api/users';
import { fail, ok, parseBody, refuse } from '../http/respond';
import { route } from '../http/route';
import { commitPlan, plan } from '../http/transact';
import { withMember } from '../http/resolvers';
import { heldRoleChanges } from '../previews/held-roles';
import {
  isCurrent,
  isSelfDemotion,
  needsConfirmation,
  orgMemberPreview,
  sameContent,
  staleAnswer,
  undoNote,
} from './member-preview';

export function updateMemberHandler(db: Db): HttpHandler {
  return route(
    db,
    'patch',
    '/orgs/:org/users/:userId',
    withMember(db, async ({ request, actor, org, target }) => {
      const body = await parseBody(request, updateMemberBodySchema);
      if (!body.ok) return body.response;
      const { ask, expected, ...fields } = body.data;
      const change = memberChangeOps(org.id, target.id, fields);
      if (!change.ok) return refuse(change.refused);
      const [op, ...more] = change.ops;
      if ((ask || expected !== undefined) && (!op || more.length > 0))
        return fail(422, 'invalid', 'Ask about one change at a time: the org role, or the seats');
      const preview = async (): Promise<OrgMemberPreview | Response> => {
        const built = op ? await orgMemberPreview(db, actor, org, target, op) : null;
        if (!built) return fail(422, 'invalid', 'Nothing to preview');
        return built.ok ? built.preview : refuse(built.refused);
      };
      if (expected !== undefined && !isCurrent(db, expected)) {
        const fresh = await preview();
        if (fresh instanceof Response) return fresh;
        if (!sameContent(fresh.version, expected))
          return staleAnswer(
            `${target.name}'s access changed since this was previewed: check what the change does now`,
            fresh,
          );
      }
      let planned = plan(db, actor, change.ops);
      if (!planned.ok) return planned.response;
      if (ask && expected === undefined && mayTakeAway(planned.before, planned.after, org.id, target.id)) {
        const asked = await preview();
        if (asked instanceof Response) return asked;
        if (needsConfirmation(asked)) return ok({ confirm: asked });
        // Planned again if another request committed while the preview was computed.
        if (planned.before !== db.world) planned = plan(db, actor, change.ops);
        if (!planned.ok) return planned.response;
      }
      const done = commitPlan(db, actor, planned);
      return ok(resultOf(done.before, done.after, actor, org, target));
    }),
  );
}

const ROLE_RANK = { viewer: 0, member: 1, admin: 2 } as const;
const SEAT_RANK = { none: 0, viewer: 1, full: 2 } as const;

/**
 * Decision: only a lower org role or Models seat can take permissions away (a higher one only adds),
 * and a role change that replaces roles the person holds (a custom role falling back to its base)
 * is shown before it is made too. Weave access grants no permission the engine decides.
 */
function mayTakeAway(before: World, after: World, orgId: string, userId: string): boolean {
  const was = memberOf(before, userId, orgId);
  const now = memberOf(after, userId, orgId);
  if (!was || !now) return true;
  return (
    ROLE_RANK[now.orgRole] < ROLE_RANK[was.orgRole] ||
    SEAT_RANK[now.modelsSeat] < SEAT_RANK[was.modelsSeat] ||
    heldRoleChanges(before, after, userId).length > 0
  );
}

function resultOf(
  before: World,
  after: World,
  actor: Actor,
  org: Org,
  target: OrgMember,
): UpdateMemberResult {
  const selfDemotion = isSelfDemotion(before, after, actor, org, target);
  return {
    id: target.id,
    name: target.name,
    before: accessOf(target),
    after: accessOf(memberOf(after, target.id, org.id) ?? target),
    teamRolesChanged: teamRolesChanged(before, after, target.id),
    selfDemotion,
    undoNote: undoNote(selfDemotion, heldRoleChanges(before, after, target.id).length),
  };
}

const accessOf = (u: OrgMember): MemberAccess => ({
  orgRole: u.orgRole,
  modelsSeat: u.modelsSeat,
  weaveAccess: u.weaveAccess,
});

export function teamRolesChanged(before: World, after: World, userId: string): number {
  let n = 0;
  for (const team of before.teams.values()) {
    const was = team.members.get(userId)?.role;
    if (was !== undefined && after.teams.get(team.id)?.members.get(userId)?.role !== was) n += 1;
  }
  return n;
}
