// GET /api/session, PUT /api/session (View as), GET /api/session/candidates (the View as picker).
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import { SCENARIOS } from '../../db/scenarios/index';
import { decide, type Org, type OrgPermission, type User, type World } from '../../engine/index';
import {
  candidatesQuerySchema,
  viewAsBodySchema,
  type Candidate,
  type Session,
} from '../../../src/api/session';
import { ORG_ROLE_LABELS } from '../../../src/api/role-labels';
import { notFound, ok, parseBody, searchParams } from '../http/respond';
import { route } from '../http/route';
import { toApiDecision } from '../http/api-values';
import { AUDIT_OPERATIONS } from '../audit/operations';
import { actingUser, actorOf } from '../http/session-actor';
import { withReadableOrg } from '../http/resolvers';

const CAPABILITIES: Record<keyof Session['can'], OrgPermission> = {
  readOrg: 'organization:read',
  listUsers: 'organization:list_users',
  inviteUsers: 'organization:invite_user',
  updateMembers: 'organization:update_member',
  createTeam: 'organization:create_team',
  updateSettings: 'organization:update_settings',
  manageRoles: 'organization:manage_roles',
  readAuditLog: 'organization:read_audit_log',
};

export function sessionBody(db: Db): Session {
  const world = db.world;
  const org = homeOrg(db);
  const user = actingUser(db);
  const actor = actorOf(db);
  const can = Object.fromEntries(
    Object.entries(CAPABILITIES).map(([key, permission]) => {
      const d = decide(world, actor, permission, { kind: 'org', orgId: org.id });
      return [key, toApiDecision(d)];
    }),
  ) as Session['can'];
  const scenario = SCENARIOS.find((s) => s.name === db.scenario);
  return {
    org: orgSummary(org),
    scenario: { name: db.scenario, label: scenario?.label ?? db.scenario },
    actingUser: user
      ? {
          id: user.id,
          name: user.name,
          username: user.username,
          email: user.email,
          orgRole: user.orgId === org.id ? user.orgRole : null,
          orgName: user.orgId ? (world.orgs.get(user.orgId)?.name ?? null) : null,
          orgSlug: user.orgId ? (world.orgs.get(user.orgId)?.slug ?? null) : null,
        }
      : null,
    loadProblem: db.loadProblem ? { ...db.loadProblem, details: droppedDetails(db) } : null,
    can,
  };
}

/** Each stored change dropped on loading: what (the audit log's label), when, and the engine's why. */
function droppedDetails(db: Db): string[] {
  return db.dropped.map(({ seq, entry, reason }) =>
    entry
      ? `#${seq} ${AUDIT_OPERATIONS[entry.op.type].label} (${entry.at.slice(0, 16).replace('T', ' ')} UTC): ${reason}`
      : `#${seq}: ${reason}`,
  );
}

const orgSummary = (org: Org) => ({
  id: org.id,
  slug: org.slug,
  name: org.name,
  plan: org.plan,
  deployment: org.deployment,
});

function homeOrg(db: Db): Org {
  const org = db.world.orgs.get(db.homeOrgId);
  if (!org) throw new Error('The scenario has no home organization');
  return org;
}

function describe(world: World, home: Org, user: User): string {
  if (user.orgId === home.id) return ORG_ROLE_LABELS[user.orgRole];
  const other = user.orgId ? world.orgs.get(user.orgId) : undefined;
  return other ? `Outside the org (${other.name})` : 'No organization';
}

export function sessionHandlers(db: Db): HttpHandler[] {
  return [
    route(db, 'get', '/session', () => ok(sessionBody(db))),
    // Any org by its slug: the org pages ask before showing its chrome (ADR 0023).
    route(
      db,
      'get',
      '/orgs/:org',
      withReadableOrg(db, ({ org }) => ok({ org: orgSummary(org) })),
    ),
    route(db, 'put', '/session', async ({ request }) => {
      const body = await parseBody(request, viewAsBodySchema);
      if (!body.ok) return body.response;
      if (body.data.userId !== null && !db.world.users.get(body.data.userId)) return notFound('That user');
      db.setActingUser(body.data.userId);
      return ok(sessionBody(db));
    }),
    route(db, 'get', '/session/candidates', ({ request }) => {
      const { q } = candidatesQuerySchema.parse(searchParams(request));
      const home = homeOrg(db);
      const needle = q.trim().toLowerCase();
      const matches = db.world.users
        .values()
        .filter(
          (u) =>
            !needle ||
            u.name.toLowerCase().includes(needle) ||
            u.username.toLowerCase().includes(needle) ||
            u.email.toLowerCase().includes(needle),
        );
      // Home-org people first (admins, then members, then viewers), then everyone outside it.
      const rank = (u: User): number =>
        u.orgId === home.id ? ['admin', 'member', 'viewer'].indexOf(u.orgRole) : 3;
      matches.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
      const items: Candidate[] = matches.slice(0, 20).map((u) => ({
        id: u.id,
        name: u.name,
        username: u.username,
        email: u.email,
        orgRole: u.orgId === home.id ? u.orgRole : null,
        description: describe(db.world, home, u),
      }));
      return ok({ items, total: matches.length });
    }),
  ];
}
