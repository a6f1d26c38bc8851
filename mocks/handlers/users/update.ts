// PATCH /api/orgs/:org/users/:userId: org role and seats, all or nothing, in whichever order is valid.
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import { memberChangeOps, type User, type World } from '../../engine/index';
import { updateMemberBodySchema, type MemberAccess, type UpdateMemberResult } from '../../../src/api/users';
import { ok, parseBody, refuse } from '../http/respond';
import { route } from '../http/route';
import { transact } from '../http/transact';
import { withMember } from '../http/resolvers';

export function updateMemberHandler(db: Db): HttpHandler {
  return route(
    db,
    'patch',
    '/orgs/:org/users/:userId',
    withMember(db, async ({ request, actor, target }) => {
      const body = await parseBody(request, updateMemberBodySchema);
      if (!body.ok) return body.response;
      const change = memberChangeOps(target.id, body.data);
      if (!change.ok) return refuse(change.refused);
      const done = transact(db, actor, change.ops);
      if (!done.ok) return done.response;
      const after = done.after.users.get(target.id) ?? target;
      const result: UpdateMemberResult = {
        id: target.id,
        name: target.name,
        before: accessOf(target),
        after: accessOf(after),
        teamRolesChanged: teamRolesChanged(done.before, done.after, target.id),
      };
      return ok(result);
    }),
  );
}

const accessOf = (u: User): MemberAccess => ({
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
