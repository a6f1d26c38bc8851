// PATCH /api/orgs/:org/users/:userId: org role and seats, all or nothing, in whichever order is valid.
import type { HttpHandler } from 'msw';
import type { Db } from '../db/db';
import type { Operation, User, World } from '../engine/index';
import {
  updateMemberBodySchema,
  type MemberAccess,
  type UpdateMemberBody,
  type UpdateMemberResult,
} from '../../src/api/users';
import { notFound, ok, parseBody, refuse } from './respond';
import { findOrgBySlug, requireUser } from './session-actor';
import { param, route } from './route';
import { performAll, planAll } from './perform-all';

export function updateMemberHandler(db: Db): HttpHandler {
  return route(db, 'patch', '/orgs/:org/users/:userId', async ({ request, params }) => {
    const auth = requireUser(db);
    if (!auth.ok) return auth.response;
    const found = findOrgBySlug(db, param(params, 'org'));
    if (!found.ok) return found.response;
    const target = db.world.users.get(param(params, 'userId'));
    if (!target || target.orgId !== found.org.id) return notFound('That member');
    const body = await parseBody(request, updateMemberBodySchema);
    if (!body.ok) return body.response;
    const ops = memberOps(target.id, body.data);
    // All or nothing, and order-independent: "make Admin with a Full seat" must pass even though
    // either half alone would be refused, so try both orders against the intermediate world.
    const first = planAll(db.world, auth.actor, ops);
    const order = first.ok || ops.length < 2 ? ops : [...ops].reverse();
    if (!first.ok && (ops.length < 2 || !planAll(db.world, auth.actor, order).ok))
      return refuse(first.refused);
    const before = db.world;
    const done = performAll(db, auth.actor, order);
    if (!done.ok) return done.response;
    const after = db.world.users.get(target.id) ?? target;
    const result: UpdateMemberResult = {
      id: target.id,
      name: target.name,
      before: accessOf(target),
      after: accessOf(after),
      teamRolesChanged: teamRolesChanged(before, db.world, target.id),
    };
    return ok(result);
  });
}

function memberOps(userId: string, body: UpdateMemberBody): Operation[] {
  const ops: Operation[] = [];
  if (body.orgRole !== undefined) ops.push({ type: 'member.setOrgRole', userId, role: body.orgRole });
  if (body.modelsSeat !== undefined || body.weaveAccess !== undefined) {
    ops.push({
      type: 'member.setSeat',
      userId,
      ...(body.modelsSeat !== undefined ? { modelsSeat: body.modelsSeat } : {}),
      ...(body.weaveAccess !== undefined ? { weaveAccess: body.weaveAccess } : {}),
    });
  }
  return ops;
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
