// PATCH /api/orgs/:org/users/:userId: org role and seats, all or nothing, in whichever order is valid.
import type { HttpHandler } from 'msw';
import type { Db } from '../db/db';
import {
  apply,
  check,
  type Actor,
  type Decision,
  type Operation,
  type User,
  type World,
} from '../engine/index';
import {
  updateMemberBodySchema,
  type MemberAccess,
  type UpdateMemberBody,
  type UpdateMemberResult,
} from '../../src/api/users';
import { notFound, ok, parseBody, refuse } from './respond';
import { findOrgBySlug, requireUser } from './session-actor';
import { param, route } from './route';
import { perform } from './perform';

export function updateMemberHandler(db: Db): HttpHandler {
  return route(db, 'patch', '/orgs/:org/users/:userId', async ({ request, params }) => {
    const auth = requireUser(db);
    if (!auth.ok) return auth.response;
    const found = findOrgBySlug(db, param(params, 'org'));
    if (!found.ok) return found.response;
    const target = db.world.users[param(params, 'userId')];
    if (!target || target.orgId !== found.org.id) return notFound('That member');
    const body = await parseBody(request, updateMemberBodySchema);
    if (!body.ok) return body.response;
    const ops = memberOps(target.id, body.data);
    // All or nothing, and order-independent: "make Admin with a Full seat" must pass even though
    // either half alone would be refused, so try both orders against the intermediate world.
    const first = planInOrder(db.world, auth.actor, ops);
    const plan = first.ok || ops.length < 2 ? first : planInOrder(db.world, auth.actor, [...ops].reverse());
    if (!plan.ok) return refuse(first.ok ? plan.refused : first.refused);
    const before = db.world;
    for (const op of plan.ops) {
      // Re-checked by perform() against the world the earlier ops left: the same order as planned.
      const done = perform(db, auth.actor, op);
      if (!done.ok) return done.response;
    }
    const after = db.world.users[target.id] ?? target;
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
  for (const team of Object.values(before.teams)) {
    const was = team.members[userId]?.role;
    if (was !== undefined && after.teams[team.id]?.members[userId]?.role !== was) n += 1;
  }
  return n;
}

type Plan = { ok: true; ops: Operation[] } | { ok: false; refused: Decision };

/** Checks ops one after another, each against the world the previous ones would leave. */
function planInOrder(world: World, actor: Actor, ops: Operation[]): Plan {
  let current = world;
  for (const op of ops) {
    const verdict = check(current, actor, op);
    if (!verdict.allowed) return { ok: false, refused: verdict };
    current = apply(current, actor, op);
  }
  return { ok: true, ops };
}
