// /api/orgs/:org/access/* — explain a person's access to a team or project, what a user can reach, and
// the pickers of the Access page. The engine answers; this file only gates (access-gate.ts) and shapes.
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import {
  PERMISSION_INFO,
  canSeeProject,
  effectiveAccess,
  orgAccess,
  userAccess,
  visibleTeams,
  type Actor,
  type Decision,
  type Org,
  type Permission,
} from '../../engine/index';
import {
  explainQuerySchema,
  type AccessPerson,
  type AccessTarget,
  type Explanation,
  type UserAccessView,
} from '../../../src/api/access';
import { administeredTeams, adminsOrg, inTeam, mayExplain, subjectOf } from './gate';
import { findTarget } from './target';
import { fail, notFound, ok, refuse, searchParams } from '../http/respond';
import { param, route, type Params } from '../http/route';
import { findOrg } from '../http/resolvers';

const LIMIT = 20;
const matches = (needle: string, ...values: string[]): boolean =>
  !needle || values.some((v) => v.toLowerCase().includes(needle));

/** The people the actor may explain: everyone (org admins), their teams' members (team admins), or themselves. */
function explainablePeople(db: Db, actor: Actor, org: Org, self: string, needle: string): AccessPerson[] {
  const world = db.world;
  const ids = new Set<string>([self]);
  if (adminsOrg(world, actor, org).allowed) {
    for (const u of world.users.values()) ids.add(u.id);
    for (const sa of world.serviceAccounts.values()) ids.add(sa.id);
  } else {
    for (const team of administeredTeams(db, actor, org)) {
      for (const id of team.members.keys()) ids.add(id);
      for (const sa of world.serviceAccounts.values()) if (sa.teamId === team.id) ids.add(sa.id);
    }
  }
  const people: AccessPerson[] = [];
  for (const id of ids) {
    // Match before describing: an org admin of the large org may explain 10,000 people.
    const u = world.users.get(id);
    if (u && !matches(needle, u.name, u.email, u.username)) continue;
    const s = subjectOf(world, org, id);
    if (s && (u || matches(needle, s.name))) people.push(s);
  }
  // Org members first, then outsiders, each by name.
  const outside = (p: AccessPerson) => (p.description.startsWith('Outside') ? 1 : 0);
  return people.sort((a, b) => outside(a) - outside(b) || a.name.localeCompare(b.name));
}

/** The explanation as the API sends it: every permission with what it lets you do and its chain. */
function explanationBody(
  subject: AccessPerson,
  target: Explanation['target'],
  access: {
    roleLabel: string;
    roleDetail?: string | null;
    roleSource: Explanation['roleSource'];
    permissions: { permission: Permission; decision: Decision }[];
    counts: Explanation['counts'];
  },
): Explanation {
  const permissions = access.permissions.map(({ permission, decision }) => ({
    permission,
    description: PERMISSION_INFO[permission].description,
    group: PERMISSION_INFO[permission].group,
    allowed: decision.allowed,
    reasons: decision.reasons,
  }));
  return {
    subject,
    target,
    roleLabel: access.roleLabel,
    roleDetail: access.roleDetail ?? null,
    roleSource: access.roleSource,
    permissions,
    counts: access.counts,
  };
}

export function accessHandlers(db: Db): HttpHandler[] {
  const start = (params: Params) => findOrg(db, params);
  return [
    route(db, 'get', '/orgs/:org/access/people', ({ request, params }) => {
      const s = start(params);
      if (!s.ok) return s.response;
      const needle = (searchParams(request).q ?? '').trim().toLowerCase();
      const all = explainablePeople(db, s.actor, s.org, s.user.id, needle);
      return ok({ items: all.slice(0, LIMIT), total: all.length });
    }),
    route(db, 'get', '/orgs/:org/access/targets', ({ request, params }) => {
      const s = start(params);
      if (!s.ok) return s.response;
      const needle = (searchParams(request).q ?? '').trim().toLowerCase();
      const world = db.world;
      const teams = visibleTeams(world, s.actor, s.org.id);
      const items: AccessTarget[] = [];
      let total = 0;
      // The organization itself first: its permissions come from the org role (why can't I invite?).
      if (matches(needle, s.org.name, 'organization')) {
        total++;
        items.push({ kind: 'org', value: s.org.slug, label: `Organization ${s.org.name}` });
      }
      for (const team of teams) {
        if (matches(needle, team.name) && ++total <= LIMIT)
          items.push({ kind: 'team', value: team.name, label: `Team ${team.name}` });
      }
      const teamIds = new Map(teams.map((t) => [t.id, t.name]));
      for (const p of world.projects.values()) {
        const teamName = teamIds.get(p.teamId);
        const label = `${teamName}/${p.name}`;
        if (!teamName || !matches(needle, label) || !canSeeProject(world, s.actor, p.id)) continue;
        if (++total <= LIMIT) items.push({ kind: 'project', value: label, label });
      }
      return ok({ items, total });
    }),
    route(db, 'get', '/orgs/:org/access/explain', ({ request, params }) => {
      const s = start(params);
      if (!s.ok) return s.response;
      const query = explainQuerySchema.safeParse(searchParams(request));
      if (!query.success) {
        // Say which part is wrong: a missing person, or a scope other than "org".
        const fieldErrors = Object.fromEntries(
          query.error.issues.map((i) => {
            const field = String(i.path[0] ?? 'user');
            return [field, field === 'scope' ? 'scope may only be "org"' : 'Pick a person'];
          }),
        );
        const message = Object.values(fieldErrors).join('; ') || 'Pick a person';
        return fail(422, 'invalid', message, { fieldErrors });
      }
      const world = db.world;
      const subject = subjectOf(world, s.org, query.data.user);
      if (!subject) return notFound(`Person "${query.data.user}"`);
      if (query.data.scope === 'org') {
        const gate = mayExplain(world, s.actor, s.org, subject.id, null);
        if (!gate.allowed) return refuse(gate);
        return ok(
          explanationBody(
            subject,
            { kind: 'org', label: s.org.name, visibility: null },
            orgAccess(world, subject.id, s.org.id),
          ),
        );
      }
      const target = findTarget(db, s.org, query.data);
      if (!target.ok) return target.response;
      const gate = mayExplain(world, s.actor, s.org, subject.id, target.team);
      if (!gate.allowed) return refuse(gate);
      const access = effectiveAccess(world, subject.id, target.engineTarget);
      return ok(
        explanationBody(
          subject,
          target.project
            ? {
                kind: 'project',
                label: `${target.team.name}/${target.project.name}`,
                visibility: target.project.visibility,
              }
            : { kind: 'team', label: target.team.name, visibility: null },
          access,
        ),
      );
    }),
    route(db, 'get', '/orgs/:org/access/users/:userId', ({ params }) => {
      const s = start(params);
      if (!s.ok) return s.response;
      const world = db.world;
      const subject = subjectOf(world, s.org, param(params, 'userId'));
      if (!subject || !world.users.get(subject.id)) return notFound(`Person "${param(params, 'userId')}"`);
      const whole = mayExplain(world, s.actor, s.org, subject.id, null);
      // Team admins see the subject's access in the teams they administer, and nothing else.
      const teamScope = whole.allowed
        ? null
        : new Set(
            administeredTeams(db, s.actor, s.org)
              .filter((t) => inTeam(world, t, subject.id))
              .map((t) => t.id),
          );
      if (teamScope && teamScope.size === 0) return refuse(whole);
      const all = userAccess(world, subject.id, s.org.id);
      // Only this org's teams: an outsider's own org stays out of view.
      const keep = (teamId: string) =>
        world.teams.get(teamId)?.orgId === s.org.id && (!teamScope || teamScope.has(teamId));
      const body: UserAccessView = {
        subject,
        scope: teamScope ? 'administered-teams' : 'all',
        teams: all.teams
          .filter((t) => keep(t.teamId))
          .map((t) => ({
            team: t.teamName,
            roleLabel: t.roleLabel,
            via: t.via,
            canManage: t.canManage,
            reasons: t.reasons,
          }))
          .sort((a, b) => a.team.localeCompare(b.team)),
        projects: all.projects
          .filter((p) => keep(p.teamId))
          .map(({ label, roleLabel, roleDetail, via, overridden, canRead, canWrite, reasons }) => ({
            label,
            roleLabel,
            roleDetail,
            via,
            overridden,
            canRead,
            canWrite,
            reasons,
          }))
          .sort((a, b) => a.label.localeCompare(b.label)),
      };
      return ok(body);
    }),
  ];
}
