// /api/orgs/:org/settings — read the Org settings page and change it. Every change is an engine
// Operation through check() (403/409/422 with the engine's reasons) and answers the fresh settings.
import type { HttpHandler } from 'msw';
import { z } from 'zod';
import type { Db } from '../../db/db';
import { membersOf, check, type Operation, type Org } from '../../engine/index';
import {
  billingAdminBodySchema,
  billingCandidatesQuerySchema,
  claimDomainBodySchema,
  defaultTeamBodySchema,
  enforcementBodySchema,
  renameBodySchema,
  ssoProvisioningBodySchema,
  accessContactBodySchema,
  type BillingCandidates,
} from '../../../src/api/org-settings';
import { orgSettingsBody } from './view';
import { transact } from '../http/transact';
import { toApiDecision } from '../http/api-values';
import { ok, parseBody, searchParams } from '../http/respond';
import { param, route, type Params } from '../http/route';
import { readableOrg, withReadableOrg } from '../http/resolvers';

/** PUT/POST/DELETE: parse the body, turn it into operations, perform them all, answer the settings. */
function change<S extends z.ZodType>(
  db: Db,
  method: 'put' | 'post' | 'delete',
  path: string,
  schema: S,
  toOps: (body: z.infer<S>, org: Org, params: Params) => Operation[],
): HttpHandler {
  return route(db, method, `/orgs/:org/settings${path}`, async ({ request, params }) => {
    const found = readableOrg(db, params);
    if (!found.ok) return found.response;
    const body = await parseBody(request, schema);
    if (!body.ok) return body.response;
    const done = transact(db, found.actor, toOps(body.data, found.org, params));
    if (!done.ok) return done.response;
    const org = done.after.orgs.get(found.org.id) ?? found.org;
    return ok(orgSettingsBody(done.after, found.actor, org));
  });
}

export function orgSettingsHandlers(db: Db): HttpHandler[] {
  return [
    route(
      db,
      'get',
      '/orgs/:org/settings',
      withReadableOrg(db, (found) => {
        return ok(orgSettingsBody(db.world, found.actor, found.org));
      }),
    ),
    change(db, 'put', '/name', renameBodySchema, (b, org) => [
      { type: 'org.rename', orgId: org.id, name: b.name.trim() },
    ]),
    change(db, 'post', '/domains', claimDomainBodySchema, (b, org) => {
      const ops: Operation[] = [{ type: 'org.claimDomain', orgId: org.id, domain: b.domain }];
      if (b.teamId !== undefined && b.teamId !== org.defaultTeamId)
        ops.push({ type: 'org.setDefaultTeam', orgId: org.id, teamId: b.teamId });
      return ops;
    }),
    change(db, 'delete', '/domains/:domain', z.object({}), (_b, org, params) => [
      { type: 'org.releaseDomain', orgId: org.id, domain: param(params, 'domain') },
    ]),
    change(db, 'put', '/default-team', defaultTeamBodySchema, (b, org) => [
      { type: 'org.setDefaultTeam', orgId: org.id, teamId: b.teamId },
    ]),
    change(db, 'put', '/billing-admin', billingAdminBodySchema, (b, org) => [
      { type: 'org.setBillingAdmin', orgId: org.id, userId: b.userId },
    ]),
    change(db, 'put', '/enforcements', enforcementBodySchema, (b, org) => [
      { type: 'org.setEnforcement', orgId: org.id, setting: b.setting, value: b.value },
    ]),
    change(db, 'put', '/access-contact', accessContactBodySchema, (b, org) => [
      { type: 'org.setAccessContact', orgId: org.id, email: b.email },
    ]),
    change(db, 'put', '/sso-provisioning', ssoProvisioningBodySchema, (b, org) => [
      { type: 'org.setSsoProvisioning', orgId: org.id, enabled: b.enabled },
    ]),
    route(
      db,
      'get',
      '/orgs/:org/settings/billing-candidates',
      withReadableOrg(db, ({ request, ...found }) => {
        const { org, actor } = found;
        const world = db.world;
        const { q } = billingCandidatesQuerySchema.parse(searchParams(request));
        const needle = q.trim().toLowerCase();
        const matches = membersOf(world, org.id)
          .filter(
            (u) => !needle || u.name.toLowerCase().includes(needle) || u.email.toLowerCase().includes(needle),
          )
          .sort((a, b) => a.name.localeCompare(b.name));
        const body: BillingCandidates = {
          items: matches.slice(0, 20).map((u) => ({
            id: u.id,
            name: u.name,
            email: u.email,
            orgRole: u.orgRole,
            isBillingAdmin: org.billingAdminId === u.id,
            canChoose: toApiDecision(
              check(world, actor, { type: 'org.setBillingAdmin', orgId: org.id, userId: u.id }),
            ),
          })),
          total: matches.length,
        };
        return ok(body);
      }),
    ),
  ];
}
