// GET /api/orgs/:org/users (the Users page) and PATCH /api/orgs/:org/users/:userId (role and seats).
import type { HttpHandler } from 'msw';
import type { Db } from '../db/db';
import { apply, check, decide, type Actor, type Decision, type Operation } from '../engine/index';
import { updateMemberBodySchema, usersQuerySchema, type UsersPage } from '../../src/api/users';
import { notFound, ok, parseBody, refuse, searchParams } from './respond';
import { findOrgBySlug, requireUser } from './session-actor';
import { buildUserRows, filterAndSort } from './users-list';
import { param, route } from './route';
import { toApiDecision } from './perform';

export function usersHandlers(db: Db): HttpHandler[] {
  return [
    route(db, 'get', '/orgs/:org/users', ({ request, params }) => {
      const auth = requireUser(db);
      if (!auth.ok) return auth.response;
      const found = findOrgBySlug(db, param(params, 'org'));
      if (!found.ok) return found.response;
      const { org } = found;
      const world = db.world;
      const list = decide(world, auth.actor, 'organization:list_users', { kind: 'org', orgId: org.id });
      if (!list.allowed) return refuse(list);
      const canInvite = decide(world, auth.actor, 'organization:invite_user', { kind: 'org', orgId: org.id });
      const canUpdate = decide(world, auth.actor, 'organization:update_member', {
        kind: 'org',
        orgId: org.id,
      });
      const query = usersQuerySchema.parse(searchParams(request));
      const now = db.now();
      const rows = filterAndSort(
        buildUserRows({ world, org, actor: auth.actor, now, seesInvites: canInvite.allowed }),
        query,
      );
      const pageCount = Math.max(1, Math.ceil(rows.length / query.pageSize));
      const page = Math.min(query.page, pageCount);
      let members = 0;
      let admins = 0;
      let fullSeatsUsed = 0;
      for (const u of Object.values(world.users)) {
        if (u.orgId !== org.id) continue;
        members += 1;
        if (u.orgRole === 'admin') admins += 1;
        if (u.modelsSeat === 'full') fullSeatsUsed += 1;
      }
      const fullSeatsPending = Object.values(world.invites).filter(
        (i) => i.orgId === org.id && i.status === 'pending' && i.expiresAt > now && i.modelsSeat === 'full',
      ).length;
      const body: UsersPage = {
        items: rows.slice((page - 1) * query.pageSize, page * query.pageSize),
        total: rows.length,
        page,
        pageSize: query.pageSize,
        pageCount,
        summary: { members, admins, fullSeatsUsed, fullSeatsPending, fullSeatLimit: org.fullSeatLimit },
        viewer: {
          seesInvites: canInvite.allowed,
          canInvite: toApiDecision(canInvite),
          canUpdateMembers: toApiDecision(canUpdate),
        },
      };
      return ok(body);
    }),
    route(db, 'patch', '/orgs/:org/users/:userId', async ({ request, params }) => {
      const auth = requireUser(db);
      if (!auth.ok) return auth.response;
      const found = findOrgBySlug(db, param(params, 'org'));
      if (!found.ok) return found.response;
      const target = db.world.users[param(params, 'userId')];
      if (!target || target.orgId !== found.org.id) return notFound('That member');
      const body = await parseBody(request, updateMemberBodySchema);
      if (!body.ok) return body.response;
      const ops: Operation[] = [];
      if (body.data.orgRole !== undefined)
        ops.push({ type: 'member.setOrgRole', userId: target.id, role: body.data.orgRole });
      if (body.data.modelsSeat !== undefined || body.data.weaveAccess !== undefined) {
        ops.push({
          type: 'member.setSeat',
          userId: target.id,
          ...(body.data.modelsSeat !== undefined ? { modelsSeat: body.data.modelsSeat } : {}),
          ...(body.data.weaveAccess !== undefined ? { weaveAccess: body.data.weaveAccess } : {}),
        });
      }
      // All or nothing, and order-independent: "make Admin with a Full seat" must pass even though
      // either half alone would be refused, so try both orders against the intermediate world.
      const first = planInOrder(db, auth.actor, ops);
      const plan = first.ok || ops.length < 2 ? first : planInOrder(db, auth.actor, [...ops].reverse());
      if (!plan.ok) return refuse(first.ok ? plan.refused : first.refused);
      for (const op of plan.ops) db.commit(auth.actor, op);
      return ok({ id: target.id });
    }),
  ];
}

type Plan = { ok: true; ops: Operation[] } | { ok: false; refused: Decision };

/** Checks ops one after another, each against the world the previous ones would leave. */
function planInOrder(db: Db, actor: Actor, ops: Operation[]): Plan {
  let world = db.world;
  for (const op of ops) {
    const verdict = check(world, actor, op);
    if (!verdict.allowed) return { ok: false, refused: verdict };
    world = apply(world, actor, op);
  }
  return { ok: true, ops };
}
