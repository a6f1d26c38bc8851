// /api/orgs/:org/roles: the Roles page. Everyone in the org reads; org admins on Enterprise change.
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import { check, impact, type CustomRole, type Org } from '../../engine/index';
import { roleBodySchema, roleCheckBodySchema, type RoleCheck } from '../../../src/api/roles';
import { notFound, ok, parseBody, refuse } from '../http/respond';
import { transact } from '../http/transact';
import { newId, toApiDecision } from '../http/api-values';
import { param, route, type Params } from '../http/route';
import { fieldErrorsOf, roleRequest, withRoleField } from './op';
import { roleDeletionBody, rolesListBody } from './view';
import { withReadableOrg } from '../http/resolvers';

function roleIn(db: Db, org: Org, params: Params): CustomRole | null {
  const role = db.world.customRoles.get(param(params, 'roleId'));
  return role && role.orgId === org.id ? role : null;
}

export function rolesHandlers(db: Db): HttpHandler[] {
  return [
    route(
      db,
      'get',
      '/orgs/:org/roles',
      withReadableOrg(db, (r) => {
        return ok(rolesListBody(db, r.actor, r.org.id));
      }),
    ),
    // The builder's live check: nothing changes; the answer is what Create / Save would meet.
    route(
      db,
      'post',
      '/orgs/:org/roles/check',
      withReadableOrg(db, async ({ request, ...r }) => {
        const body = await parseBody(request, roleCheckBodySchema);
        if (!body.ok) return body.response;
        const existing = body.data.roleId ? db.world.customRoles.get(body.data.roleId) : undefined;
        if (body.data.roleId && (!existing || existing.orgId !== r.org.id)) return notFound('That role');
        const req = roleRequest(body.data, {
          orgId: r.org.id,
          at: db.now(),
          newId: '__check__',
          existing: existing ?? null,
        });
        const decision = withRoleField(check(db.world, r.actor, req.op));
        const answer: RoleCheck = {
          decision: toApiDecision(decision),
          fieldErrors: fieldErrorsOf(decision),
          inherited: req.inherited,
          added: req.added,
          becameInherited: req.becameInherited,
          impact: existing && decision.allowed ? impact(db.world, r.actor, req.op).summary : null,
        };
        return ok(answer);
      }),
    ),
    route(
      db,
      'post',
      '/orgs/:org/roles',
      withReadableOrg(db, async ({ request, ...r }) => {
        const body = await parseBody(request, roleBodySchema);
        if (!body.ok) return body.response;
        const id = newId('role');
        const req = roleRequest(body.data, { orgId: r.org.id, at: db.now(), newId: id, existing: null });
        const verdict = withRoleField(check(db.world, r.actor, req.op));
        if (!verdict.allowed) return refuse(verdict);
        const done = transact(db, r.actor, req.op);
        if (!done.ok) return done.response;
        return ok({ id, ref: `custom:${id}`, name: body.data.name.trim(), becameInherited: [] }, 201);
      }),
    ),
    route(
      db,
      'patch',
      '/orgs/:org/roles/:roleId',
      withReadableOrg(db, async ({ request, params, ...r }) => {
        const role = roleIn(db, r.org, params);
        if (!role) return notFound('That role');
        const body = await parseBody(request, roleBodySchema);
        if (!body.ok) return body.response;
        const req = roleRequest(body.data, { orgId: r.org.id, at: db.now(), newId: role.id, existing: role });
        const verdict = withRoleField(check(db.world, r.actor, req.op));
        if (!verdict.allowed) return refuse(verdict);
        const done = transact(db, r.actor, req.op);
        if (!done.ok) return done.response;
        const saved = db.world.customRoles.get(role.id);
        return ok({
          id: role.id,
          ref: `custom:${role.id}`,
          name: saved?.name ?? role.name,
          becameInherited: body.data.base !== role.base ? req.becameInherited : [],
        });
      }),
    ),
    route(
      db,
      'get',
      '/orgs/:org/roles/:roleId/deletion',
      withReadableOrg(db, ({ params, ...r }) => {
        const role = roleIn(db, r.org, params);
        if (!role) return notFound('That role');
        return ok(roleDeletionBody(db, r.actor, role));
      }),
    ),
    route(
      db,
      'delete',
      '/orgs/:org/roles/:roleId',
      withReadableOrg(db, ({ params, ...r }) => {
        const role = roleIn(db, r.org, params);
        if (!role) return notFound('That role');
        const done = transact(db, r.actor, { type: 'role.delete', roleId: role.id });
        if (!done.ok) return done.response;
        return ok({ deleted: role.id, name: role.name, fallback: role.base });
      }),
    ),
  ];
}
