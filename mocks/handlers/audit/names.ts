// Names and labels for audit entries, read from the world before or after the change, so people and
// teams that were later removed or deleted keep their names in the log.
import { roleLabel, type RoleRef, type Seat, type OrgRole, type World } from '../../engine/index';
import type { AuditChange, AuditTargetKind } from '../../../src/api/audit';
import { ORG_ROLE_LABELS, SEAT_LABELS } from '../../../src/api/role-labels';

export interface DescribeContext {
  before: World;
  after: World;
  /** The actor's name, as the log shows it. */
  actor: string;
  actorId: string | null;
}

export interface Described {
  /** The org whose audit log shows the entry (null: nobody's, e.g. a sign-up outside every org). */
  orgId: string | null;
  target: { kind: AuditTargetKind; id: string; name: string; within?: string };
  description: string;
  changes: AuditChange[];
}

/** A person or service account, as named in either world. */
export function principalName(ctx: DescribeContext, id: string): string {
  for (const w of [ctx.before, ctx.after]) {
    const user = w.users.get(id);
    if (user) return user.name || user.username;
    const account = w.serviceAccounts.get(id);
    if (account) return `service account ${account.name}`;
  }
  return 'a removed user';
}

export function teamName(ctx: DescribeContext, teamId: string): string {
  return ctx.before.teams.get(teamId)?.name ?? ctx.after.teams.get(teamId)?.name ?? 'a deleted team';
}

export function teamOrg(ctx: DescribeContext, teamId: string): string | null {
  return ctx.before.teams.get(teamId)?.orgId ?? ctx.after.teams.get(teamId)?.orgId ?? null;
}

/** `team/project`, as W&B writes a project's path. */
export function projectLabel(ctx: DescribeContext, projectId: string): string {
  const project = ctx.before.projects.get(projectId) ?? ctx.after.projects.get(projectId);
  return project ? `${teamName(ctx, project.teamId)}/${project.name}` : 'a deleted project';
}

export function projectOrg(ctx: DescribeContext, projectId: string): string | null {
  const project = ctx.before.projects.get(projectId) ?? ctx.after.projects.get(projectId);
  return project ? teamOrg(ctx, project.teamId) : null;
}

export const orgRole = (role: OrgRole): string => ORG_ROLE_LABELS[role];
export const seat = (value: Seat): string => SEAT_LABELS[value];
export const onOff = (value: boolean): string => (value ? 'On' : 'Off');

/** A team or project role in the world where it was in use (custom roles may be deleted later). */
export function role(world: World, ref: RoleRef): string {
  return roleLabel(world, ref);
}

/** "their own" when people change themselves, else "Carla Mendes's". */
export function whose(ctx: DescribeContext, id: string): string {
  return id === ctx.actorId ? 'their own' : `${principalName(ctx, id)}'s`;
}

/** Only the fields that differ; both sides kept as text. */
export function diff(fields: [string, string | null, string | null][]): AuditChange[] {
  return fields.filter(([, b, a]) => b !== a).map(([field, before, after]) => ({ field, before, after }));
}

/** The fields that differ, each read the same way from the world before and the world after. */
export function fieldChanges(
  ctx: DescribeContext,
  fieldsIn: (world: World) => [string, string | null][],
): AuditChange[] {
  const before = fieldsIn(ctx.before);
  const after = fieldsIn(ctx.after);
  return diff(before.map(([field, b], i) => [field, b, after[i]?.[1] ?? null]));
}

/** Teams with roles, "ml-research (Admin), vision (Member)"; null when there are none. */
export function teamList(world: World, teams: { teamId: string; role: RoleRef }[]): string | null {
  if (teams.length === 0) return null;
  return teams
    .map((t) => `${world.teams.get(t.teamId)?.name ?? 'a deleted team'} (${role(world, t.role)})`)
    .join(', ');
}

/** The teams a principal is in, with their roles. */
export function membershipsOf(
  world: World,
  principalId: string,
  orgId: string | null,
): { teamId: string; role: RoleRef }[] {
  return world.teams
    .values()
    .filter((t) => t.orgId === orgId && t.members.get(principalId))
    .map((t) => ({ teamId: t.id, role: t.members.get(principalId)?.role ?? 'member' }))
    .sort((a, b) =>
      (world.teams.get(a.teamId)?.name ?? '').localeCompare(world.teams.get(b.teamId)?.name ?? ''),
    );
}
