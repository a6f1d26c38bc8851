// The team and project roles a person holds that a change replaces (not their effective access):
// e.g. a custom role falling back to its base role when its holder becomes an Admin (ADR 0015), or
// every team role turning View-Only for an org Viewer. Previews, bulk reviews and the audit say so.
import { HELD_ROLE_RULES, roleLabel, type Operation, type RoleRef, type World } from '../../engine/index';
import type { HeldRoleChange } from '../../../src/api/member-preview';

export function heldRoleChanges(before: World, after: World, principalId: string): HeldRoleChange[] {
  const out: HeldRoleChange[] = [];
  const label = (world: World, role: RoleRef | undefined): string | null =>
    role === undefined ? null : roleLabel(world, role);
  for (const team of before.teams.values()) {
    const was = team.members.get(principalId)?.role;
    const now = after.teams.get(team.id)?.members.get(principalId)?.role;
    // Leaving a team is a removal, said elsewhere; only a role that changes in place counts here.
    if (was !== undefined && now !== undefined && was !== now)
      out.push({ where: `team ${team.name}`, before: roleLabel(before, was), after: roleLabel(after, now) });
  }
  for (const project of before.projects.values()) {
    const was = project.roleOverrides.get(principalId);
    const next = after.projects.get(project.id);
    const now = next?.roleOverrides.get(principalId);
    if (was === undefined || was === now || !next) continue;
    const teamRole = after.teams.get(project.teamId)?.members.get(principalId)?.role;
    const where = `${before.teams.get(project.teamId)?.name ?? ''}/${project.name}`;
    out.push({ where, before: roleLabel(before, was), after: label(after, now ?? teamRole) ?? 'No role' });
  }
  return out;
}

/** The rule behind held-role changes of this change, if any. */
export function heldRolesNote(op: Operation, changes: readonly HeldRoleChange[]): string | null {
  if (changes.length === 0 || op.type !== 'member.setOrgRole') return null;
  return op.role === 'viewer' ? HELD_ROLE_RULES.viewerOnly : HELD_ROLE_RULES.customFallback;
}

/** "team vision: Launch Manager → Member; …" for a one-line summary (at most three, then a count). */
export function heldRolesText(changes: readonly HeldRoleChange[]): string {
  const shown = changes.slice(0, 3).map((c) => `${c.where}: ${c.before} → ${c.after}`);
  const more = changes.length - shown.length;
  return more > 0 ? `${shown.join('; ')} and ${more} more` : shown.join('; ');
}
