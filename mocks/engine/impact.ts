// impact(): apply the change to a copy and diff who gains or loses which permissions where.
// Only the teams, projects and principals the operation can touch (its entry's impactScope) are
// compared, so previews stay fast on a large world.
import { scopeOf } from './access';
import type { Impact, ImpactEntry } from './access-types';
import { accessLabelOf, effectiveOf, walkFacts, type Effective } from './chain-facts';
import { actorOf, nameOf, principalOf, projectLabel } from './lookup';
import type { Actor, World } from './model';
import type { ImpactTarget } from './ops/define';
import { apply, impactScope, type Operation } from './ops/registry';
import { bitPlace, hasBit } from './permission-bits';
import { candidatePrincipals } from './who-has-access';

interface Side extends Effective {
  role: string | null;
}

const NO_SIDE: Side = { role: null, permissions: [], lo: 0, hi: 0 };

function sideOf(w: World, principalId: string, target: ImpactTarget): Side {
  const scope = scopeOf(w, target);
  if (!scope || (!w.users.get(principalId) && !w.serviceAccounts.get(principalId))) return NO_SIDE;
  // Only the role and the permissions are compared: the walk's verdicts, without its words.
  const facts = walkFacts(w, principalOf(w, actorOf(w, principalId)), scope);
  if (facts.stop) return NO_SIDE;
  // The label every access view shows, so a preview's "after" is what the Users tab says once saved.
  return { role: accessLabelOf(w, facts), ...effectiveOf(facts) };
}

function labelOf(before: World, after: World, target: ImpactTarget): string {
  if (target.kind === 'team')
    return (after.teams.get(target.teamId) ?? before.teams.get(target.teamId))?.name ?? target.teamId;
  const p = after.projects.get(target.projectId) ?? before.projects.get(target.projectId);
  return p ? projectLabel(after.teams.get(p.teamId) ? after : before, p) : target.projectId;
}

/** `after`: the world the operation produced, when the caller has applied it already (a transaction). */
export function impact(world: World, actor: Actor, op: Operation, after = apply(world, actor, op)): Impact {
  const entries: ImpactEntry[] = [];
  const seen = new Set<string>();
  for (const { target, principals } of impactScope(world, after, op)) {
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
      if (a.role === b.role && a.lo === b.lo && a.hi === b.hi) continue;
      const gained = a.permissions.filter((p) => !hasBit(b.lo, b.hi, bitPlace(p)));
      const lost = b.permissions.filter((p) => !hasBit(a.lo, a.hi, bitPlace(p)));
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
