// GET /api/session, PUT /api/session (View as), GET /api/session/candidates (the View as picker).
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import { SCENARIOS } from '../../db/scenarios/index';
import {
  decide,
  decideViewAs,
  membershipOf,
  type Org,
  type OrgPermission,
  type User,
  type World,
} from '../../engine/index';
import {
  candidatesQuerySchema,
  sessionOrgBodySchema,
  viewAsBodySchema,
  type Candidate,
  type MemberOrg,
  type Session,
} from '../../../src/api/session';
import { ORG_ROLE_LABELS } from '../../../src/api/role-labels';
import { notFound, ok, parseBody, searchParams } from '../http/respond';
import { transact } from '../http/transact';
import { route } from '../http/route';
import { toApiDecision } from '../http/api-values';
import { AUDIT_OPERATIONS } from '../audit/operations';
import { actingUser, actorOf, requireUser } from '../http/session-actor';
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
  const org = currentOrg(db);
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
          orgRole: membershipOf(user, org.id)?.orgRole ?? null,
          orgName: user.orgs.some((m) => m.orgId === org.id)
            ? org.name
            : (memberOrgs(world, user)[0]?.name ?? null),
          orgSlug: ownOrg(world, user)?.slug ?? null,
          orgs: memberOrgs(world, user),
          defaultOrgId: user.defaultOrgId,
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

/** Where a person outside the org shown goes back to: their default org, else their first. */
function ownOrg(world: World, user: User): MemberOrg | undefined {
  const orgs = memberOrgs(world, user);
  return orgs.find((o) => o.id === user.defaultOrgId) ?? orgs[0];
}

/** The org the console shows (the org switcher's choice, else the scenario's home org). */
function currentOrg(db: Db): Org {
  const org = db.world.orgs.get(db.currentOrgId);
  if (!org) throw new Error('The scenario has no home organization');
  return org;
}

/** Every org the person belongs to, in the order they joined. */
function memberOrgs(world: World, user: User): MemberOrg[] {
  return user.orgs.flatMap((m) => {
    const org = world.orgs.get(m.orgId);
    return org ? [{ id: org.id, slug: org.slug, name: org.name, orgRole: m.orgRole }] : [];
  });
}

/** "Admin", "Member · also in Globex", or, for someone not in the org shown, "Outside the org (Globex)". */
function describe(world: World, shown: Org, user: User): string {
  const others = memberOrgs(world, user)
    .filter((o) => o.id !== shown.id)
    .map((o) => o.name);
  const here = membershipOf(user, shown.id);
  if (here)
    return others.length
      ? `${ORG_ROLE_LABELS[here.orgRole]} · also in ${others.join(', ')}`
      : ORG_ROLE_LABELS[here.orgRole];
  return others.length ? `Outside the org (${others.join(', ')})` : 'No organization';
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
    // The org switcher: which org the console shows. A view setting like View as (nothing changes, so
    // nothing is audited); any org may be shown, and what the person may do there is the engine's answer.
    route(db, 'put', '/session/org', async ({ request }) => {
      const body = await parseBody(request, sessionOrgBodySchema);
      if (!body.ok) return body.response;
      if (!db.world.orgs.has(body.data.orgId)) return notFound('That organization');
      db.setCurrentOrg(body.data.orgId);
      return ok(sessionBody(db));
    }),
    // W&B's Default API organization: the person's own choice among their orgs, a change (audited).
    route(db, 'put', '/session/default-org', async ({ request }) => {
      const auth = requireUser(db);
      if (!auth.ok) return auth.response;
      const body = await parseBody(request, sessionOrgBodySchema);
      if (!body.ok) return body.response;
      const done = transact(db, auth.actor, {
        type: 'person.setDefaultOrg',
        userId: auth.user.id,
        orgId: body.data.orgId,
      });
      return done.ok ? ok(sessionBody(db)) : done.response;
    }),
    route(db, 'get', '/session/candidates', ({ request }) => {
      const { q } = candidatesQuerySchema.parse(searchParams(request));
      const home = currentOrg(db);
      const needle = q.trim().toLowerCase();
      // On a shared server, only the people the one signed in may view as (the demo's operator: anyone).
      const viewer = db.session.signedInUserId;
      const mayView = (u: User): boolean =>
        viewer === undefined ||
        (viewer !== null && decideViewAs(db.world, { kind: 'user', userId: viewer }, u.id).allowed);
      const matches = db.world.users
        .values()
        .filter(
          (u) =>
            (!needle ||
              u.name.toLowerCase().includes(needle) ||
              u.username.toLowerCase().includes(needle) ||
              u.email.toLowerCase().includes(needle)) &&
            mayView(u),
        );
      // Home-org people first (admins, then members, then viewers), then everyone outside it.
      const rank = (u: User): number => {
        const m = membershipOf(u, home.id);
        return m ? ['admin', 'member', 'viewer'].indexOf(m.orgRole) : 3;
      };
      matches.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
      const items: Candidate[] = matches.slice(0, 20).map((u) => ({
        id: u.id,
        name: u.name,
        username: u.username,
        email: u.email,
        orgRole: membershipOf(u, home.id)?.orgRole ?? null,
        description: describe(db.world, home, u),
        inOrg: membershipOf(u, home.id) !== undefined,
      }));
      return ok({ items, total: matches.length });
    }),
  ];
}
