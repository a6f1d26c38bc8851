// GET /api/orgs/:org/users/:userId/removal: what removing a member does (the engine's impact), and
// DELETE /api/orgs/:org/users/:userId: the removal itself, through transact().
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import {
  check,
  decide,
  impact,
  roleLabel,
  type Operation,
  type Table,
  type OrgMember,
  type World,
} from '../../engine/index';
import type { RemovalImpact, RemoveMemberResult } from '../../../src/api/users-removal';
import { ok, refuse } from '../http/respond';
import { route } from '../http/route';
import { transact } from '../http/transact';
import { toApiDecision } from '../http/api-values';
import { withMember } from '../http/resolvers';

export function removeMemberHandlers(db: Db): HttpHandler[] {
  return [
    route(
      db,
      'get',
      '/orgs/:org/users/:userId/removal',
      withMember(db, (r) => {
        // Only those who may remove members see the preview: it names hidden teams and Restricted projects.
        const gate = decide(db.world, r.actor, 'organization:remove_user', { kind: 'org', orgId: r.org.id });
        if (!gate.allowed) return refuse(gate);
        const op: Operation = { type: 'member.remove', orgId: r.org.id, userId: r.target.id };
        const decision = check(db.world, r.actor, op);
        if (!decision.allowed && decision.refusal !== 'conflict') return refuse(decision);
        // impact() applies the change to a copy; a refused removal has nothing to apply.
        const preview = decision.allowed ? impact(db.world, r.actor, op) : null;
        return ok(removalImpact(db.world, r.target, preview, decision));
      }),
    ),
    route(
      db,
      'delete',
      '/orgs/:org/users/:userId',
      withMember(db, (r) => {
        const done = transact(db, r.actor, { type: 'member.remove', orgId: r.org.id, userId: r.target.id });
        if (!done.ok) return done.response;
        const body: RemoveMemberResult = { id: r.target.id, name: r.target.name };
        return ok(body);
      }),
    ),
  ];
}

function removalImpact(
  world: World,
  user: OrgMember,
  preview: ReturnType<typeof impact> | null,
  decision: ReturnType<typeof check>,
): RemovalImpact {
  const mine = (preview?.entries ?? []).filter((e) => e.principalId === user.id);
  const orgTeams = world.teams.values().filter((t) => t.orgId === user.orgId);
  const orgTeamIds = new Set(orgTeams.map((t) => t.id));
  // They leave every team of the org (listed even when refused: the dialog shows what is in the way).
  const teams = orgTeams.flatMap((t) => {
    const m = t.members.get(user.id);
    return m ? [{ name: t.name, roleLabel: roleLabel(world, m.role) }] : [];
  });
  const projects = mine
    .filter((e) => e.target.kind === 'project' && e.lost.includes('run:read'))
    .map((e) => ({ label: e.target.label, roleLabel: e.roleBefore }));
  const ownedProjects = world.projects
    .values()
    .filter((p) => p.ownerId === user.id && orgTeamIds.has(p.teamId))
    .map((p) => ({ label: `${world.teams.get(p.teamId)?.name ?? ''}/${p.name}` }));
  const count = (items: Table<{ authorId: string }>): number =>
    items.values().filter((i) => i.authorId === user.id).length;
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);
  return {
    person: { id: user.id, name: user.name },
    decision: toApiDecision(decision),
    teams: teams.sort((a, b) => a.name.localeCompare(b.name)),
    projects: projects.sort(byLabel),
    ownedProjects: ownedProjects.sort(byLabel),
    authored: { runs: count(world.runs), reports: count(world.reports), artifacts: count(world.artifacts) },
  };
}
