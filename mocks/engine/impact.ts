// impact(): apply the change to a copy and diff who gains or loses which permissions where.
// Only the teams, projects and principals the operation can touch are compared, so previews stay
// fast on a large world.
import { scopeOf } from './access';
import type { Impact, ImpactEntry } from './access-types';
import { apply } from './apply';
import { effectivePermissionsOf, walkFacts } from './chain-facts';
import { actorOf, nameOf, principalOf, projectLabel } from './lookup';
import type { Actor, World } from './model';
import type { Operation } from './operations';
import type { TeamPermission } from './permissions';
import { isCustomRef, roleLabel } from './roles';
import { candidatePrincipals } from './who-has-access';

type Target = { kind: 'team'; teamId: string } | { kind: 'project'; projectId: string };
/** Targets, each with the principals to compare on it (null: the target's usual candidates). */
type Scope = { target: Target; principals: string[] | null }[];

const teamAndProjects = (w: World, teamIds: Set<string>, principals: string[] | null): Scope => [
  ...[...teamIds].map((teamId) => ({ target: { kind: 'team' as const, teamId }, principals })),
  ...w.projects
    .values()
    .filter((p) => teamIds.has(p.teamId))
    .map((p) => ({ target: { kind: 'project' as const, projectId: p.id }, principals })),
];

function orgTeamIds(w: World, orgId: string | null | undefined): Set<string> {
  return new Set(
    w.teams
      .values()
      .filter((t) => orgId && t.orgId === orgId)
      .map((t) => t.id),
  );
}

function scopeOfOp(before: World, after: World, op: Operation): Scope {
  const person = (id: string): Scope =>
    teamAndProjects(after, orgTeamIds(after, after.users.get(id)?.orgId ?? before.users.get(id)?.orgId), [
      id,
    ]);
  switch (op.type) {
    case 'member.setOrgRole':
    case 'member.setSeat':
    case 'member.remove':
      return memberScope(before, after, op.userId);
    case 'invite.accept':
    case 'signup':
    case 'sso.signIn':
      return person(op.person.id);
    case 'org.setEnforcement':
      return [...orgTeamIds(before, op.orgId)].map((teamId) => ({
        target: { kind: 'team', teamId },
        principals: null,
      }));
    case 'team.create':
      return [{ target: { kind: 'team', teamId: op.id }, principals: null }];
    case 'team.delete':
    case 'team.updateSettings':
      return teamAndProjects(before, new Set([op.teamId]), null);
    case 'team.addMember':
    case 'team.setRole':
    case 'team.removeMember':
      return teamAndProjects(before, new Set([op.teamId]), [op.principalId]);
    case 'serviceAccount.create':
      return teamAndProjects(before, new Set([op.account.teamId]), [op.account.id]);
    case 'serviceAccount.delete': {
      const sa = before.serviceAccounts.get(op.serviceAccountId);
      return sa ? teamAndProjects(before, new Set([sa.teamId]), [sa.id]) : [];
    }
    case 'role.update':
    case 'role.delete':
      return holdersScope(before, `custom:${op.roleId}`);
    case 'project.create':
      return [{ target: { kind: 'project', projectId: op.project.id }, principals: null }];
    case 'project.update':
    case 'project.addMember':
    case 'project.removeMember':
    case 'project.join':
    case 'project.setRole':
      return [{ target: { kind: 'project', projectId: op.projectId }, principals: null }];
    default:
      return [];
  }
}

/**
 * Where an org role, seat or membership change can matter for one person. An org admin (before or
 * after) reaches every team, so all of them; anyone else reaches only their own teams' projects and,
 * as anyone, Open and Public ones (§9 step 1): Restricted invitees and project roles are team members,
 * so nothing else can change. On the large org this is a few hundred targets instead of 5,200.
 */
function memberScope(before: World, after: World, userId: string): Scope {
  const orgTeams = orgTeamIds(before, before.users.get(userId)?.orgId);
  const admin = before.users.get(userId)?.orgRole === 'admin' || after.users.get(userId)?.orgRole === 'admin';
  if (admin) return teamAndProjects(before, orgTeams, [userId]);
  const theirs = new Set(
    [...orgTeams].filter(
      (id) => before.teams.get(id)?.members.get(userId) ?? after.teams.get(id)?.members.get(userId),
    ),
  );
  const scope = teamAndProjects(before, theirs, [userId]);
  for (const p of before.projects.values()) {
    if (
      orgTeams.has(p.teamId) &&
      !theirs.has(p.teamId) &&
      (p.visibility === 'open' || p.visibility === 'public')
    )
      scope.push({ target: { kind: 'project', projectId: p.id }, principals: [userId] });
  }
  return scope;
}

/** Holders of a custom role, on the teams and projects where they hold it. */
function holdersScope(w: World, ref: string): Scope {
  const scope: Scope = [];
  for (const team of w.teams.values()) {
    const holders = team.members
      .entries()
      .filter(([, m]) => m.role === ref)
      .map(([id]) => id);
    if (holders.length > 0) scope.push(...teamAndProjects(w, new Set([team.id]), holders));
  }
  for (const p of w.projects.values()) {
    const holders = p.roleOverrides
      .entries()
      .filter(([, r]) => isCustomRef(r) && r === ref)
      .map(([id]) => id);
    if (holders.length > 0) scope.push({ target: { kind: 'project', projectId: p.id }, principals: holders });
  }
  return scope;
}

interface Side {
  role: string | null;
  perms: Set<TeamPermission>;
}

function sideOf(w: World, principalId: string, target: Target): Side {
  const scope = scopeOf(w, target);
  if (!scope || (!w.users.get(principalId) && !w.serviceAccounts.get(principalId)))
    return { role: null, perms: new Set() };
  // Only the role and the permissions are compared: the walk's verdicts, without its words.
  const facts = walkFacts(w, principalOf(w, actorOf(w, principalId)), scope);
  if (facts.stop) return { role: null, perms: new Set() };
  const role = facts.role
    ? roleLabel(w, facts.role)
    : facts.openness === 'open'
      ? 'Open access'
      : 'Public access';
  return { role, perms: new Set(effectivePermissionsOf(facts)) };
}

function labelOf(before: World, after: World, target: Target): string {
  if (target.kind === 'team')
    return (after.teams.get(target.teamId) ?? before.teams.get(target.teamId))?.name ?? target.teamId;
  const p = after.projects.get(target.projectId) ?? before.projects.get(target.projectId);
  return p ? projectLabel(after.teams.get(p.teamId) ? after : before, p) : target.projectId;
}

/** `after`: the world the operation produced, when the caller has applied it already (a transaction). */
export function impact(world: World, actor: Actor, op: Operation, after = apply(world, actor, op)): Impact {
  const entries: ImpactEntry[] = [];
  const seen = new Set<string>();
  for (const { target, principals } of scopeOfOp(world, after, op)) {
    const id = target.kind === 'team' ? target.teamId : target.projectId;
    const project =
      target.kind === 'project' ? (after.projects.get(id) ?? world.projects.get(id)) : undefined;
    const teamId = target.kind === 'team' ? id : (project?.teamId ?? '');
    const ids = principals ?? [
      ...new Set([
        ...candidatePrincipals(world, teamId, world.projects.get(id)),
        ...candidatePrincipals(after, teamId, after.projects.get(id)),
      ]),
    ];
    for (const pid of ids) {
      const key = `${target.kind}:${id}:${pid}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const b = sideOf(world, pid, target);
      const a = sideOf(after, pid, target);
      const gained = [...a.perms].filter((p) => !b.perms.has(p));
      const lost = [...b.perms].filter((p) => !a.perms.has(p));
      if (gained.length === 0 && lost.length === 0 && a.role === b.role) continue;
      entries.push({
        principalId: pid,
        principalName: nameOf(after.users.get(pid) || after.serviceAccounts.get(pid) ? after : world, pid),
        target: { kind: target.kind, id, label: labelOf(world, after, target) },
        roleBefore: b.role,
        roleAfter: a.role,
        gained,
        lost,
      });
    }
  }
  return { entries, summary: summarize(entries), after };
}

const people = (n: number): string => (n === 1 ? '1 person' : `${n} people`);
const verb = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/** e.g. "14 people lose access to ml-research/secret-llm". */
export function summarize(entries: ImpactEntry[]): string {
  if (entries.length === 0) return "No one's access changes";
  // "Access" to a project means seeing its content; to a team, holding a role in it.
  const had = (e: ImpactEntry): boolean =>
    e.target.kind === 'team' ? e.roleBefore !== null : e.lost.includes('run:read');
  const got = (e: ImpactEntry): boolean =>
    e.target.kind === 'team' ? e.roleAfter !== null : e.gained.includes('run:read');
  const losers = new Set(
    entries
      .filter((e) => had(e) && (e.target.kind === 'project' || e.roleAfter === null))
      .map((e) => e.principalId),
  );
  const gainers = new Set(
    entries
      .filter((e) => got(e) && (e.target.kind === 'project' || e.roleBefore === null))
      .map((e) => e.principalId),
  );
  const targets = new Set(entries.map((e) => `${e.target.kind}:${e.target.id}`));
  const where = targets.size === 1 ? (entries[0]?.target.label ?? '') : `${targets.size} teams and projects`;
  const changed = new Set(
    entries.map((e) => e.principalId).filter((id) => !losers.has(id) && !gainers.has(id)),
  );
  const parts: string[] = [];
  if (losers.size)
    parts.push(`${people(losers.size)} ${verb(losers.size, 'loses', 'lose')} access to ${where}`);
  if (gainers.size)
    parts.push(`${people(gainers.size)} ${verb(gainers.size, 'gains', 'gain')} access to ${where}`);
  if (changed.size)
    parts.push(
      `${people(changed.size)} ${verb(changed.size, 'has', 'have')} a different role or permissions on ${where}`,
    );
  return parts.join('; ');
}
