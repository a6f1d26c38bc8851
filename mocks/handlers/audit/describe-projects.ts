// Audit text for projects, project members and runs.
import type { Operation, World } from '../../engine/index';
import {
  diff,
  principalName,
  projectLabel,
  projectOrg,
  role,
  whose,
  fieldChanges,
  type DescribeContext,
  type Described,
} from './names';

type ProjectOp = Exclude<
  Extract<Operation, { type: `project.${string}` | `run.${string}` }>,
  { type: 'run.log' }
>;

const VISIBILITY: Record<string, string> = {
  open: 'Open',
  public: 'Public',
  team: 'Team',
  restricted: 'Restricted',
};

function projectFields(ctx: DescribeContext, world: World, projectId: string): [string, string | null][] {
  const p = world.projects.get(projectId);
  return [
    ['Project', p ? projectLabel(ctx, projectId) : null],
    ['Visibility', p ? (VISIBILITY[p.visibility] ?? p.visibility) : null],
    ['Owner', p ? principalName(ctx, p.ownerId) : null],
    ['Description', p ? p.description || null : null],
    // Who a Restricted project lists, so a change that made it Restricted shows whom it kept.
    [
      'Members',
      p?.visibility === 'restricted' && p.restrictedMembers.length > 0
        ? p.restrictedMembers.map((id) => principalName(ctx, id)).join(', ')
        : null,
    ],
  ];
}

/** A person's standing in a project: project role override, and membership of a Restricted project. */
function accessOf(world: World, projectId: string, principalId: string): string | null {
  const p = world.projects.get(projectId);
  if (!p) return null;
  const override = p.roleOverrides.get(principalId);
  const teamRole = world.teams.get(p.teamId)?.members.get(principalId)?.role;
  const base = override ? role(world, override) : teamRole ? `${role(world, teamRole)} (team role)` : null;
  if (p.restrictedMembers.includes(principalId)) return base ? `${base}, project member` : 'Project member';
  return base;
}

function runName(ctx: DescribeContext, runId: string): string {
  return ctx.before.runs.get(runId)?.name ?? ctx.after.runs.get(runId)?.name ?? 'a deleted run';
}

export function describeProject(ctx: DescribeContext, op: ProjectOp): Described {
  if (op.type === 'run.move' || op.type === 'run.stop' || op.type === 'run.delete') {
    const ids = op.type === 'run.move' ? op.runIds : [op.runId];
    const first = ids[0] ?? '';
    const from = ctx.before.runs.get(first)?.projectId ?? '';
    const names = ids.map((id) => runName(ctx, id)).join(', ');
    const where = projectLabel(ctx, from);
    const target = { kind: 'run' as const, id: first, name: names, within: where };
    const orgId = projectOrg(ctx, from);
    if (op.type === 'run.move') {
      const to = projectLabel(ctx, op.toProjectId);
      const description = `${ctx.actor} moved ${ids.length === 1 ? 'run' : `${ids.length} runs`} ${names} from ${where} to ${to}`;
      return { orgId, target, description, changes: diff([['Project', where, to]]) };
    }
    const state = (w: World) => w.runs.get(first)?.state ?? null;
    const verb = op.type === 'run.stop' ? 'stopped' : 'deleted';
    return {
      orgId,
      target,
      description: `${ctx.actor} ${verb} the run ${names} in ${where}`,
      changes: diff([['Run state', state(ctx.before), state(ctx.after)]]),
    };
  }
  const projectId = op.type === 'project.create' ? op.project.id : op.projectId;
  const label = projectLabel(ctx, projectId);
  const orgId = projectOrg(ctx, projectId);
  if (op.type === 'project.create' || op.type === 'project.update') {
    const changes = fieldChanges(ctx, (w) => projectFields(ctx, w, projectId));
    const verb = op.type === 'project.create' ? 'created the project' : 'edited the project';
    const target = { kind: 'project' as const, id: projectId, name: label };
    const kept =
      op.type === 'project.update' && op.members?.length
        ? `, keeping ${op.members.map((id) => principalName(ctx, id)).join(', ')} on it`
        : '';
    return { orgId, target, description: `${ctx.actor} ${verb} ${label}${kept}`, changes };
  }
  const principalId = op.type === 'project.join' ? (ctx.actorId ?? '') : op.principalId;
  const who = principalName(ctx, principalId);
  const b = accessOf(ctx.before, projectId, principalId);
  const a = accessOf(ctx.after, projectId, principalId);
  const description = {
    'project.addMember': `${ctx.actor} added ${who} to ${label}`,
    'project.removeMember': `${ctx.actor} removed ${who} from ${label}`,
    'project.join': `${ctx.actor} joined ${label}`,
    'project.setRole': `${ctx.actor} changed ${whose(ctx, principalId)} project role in ${label} to ${a ?? 'none'}`,
  }[op.type];
  return {
    orgId,
    target: { kind: 'user', id: principalId, name: who, within: label },
    description,
    changes: diff([[`Access to ${label}`, b, a]]),
  };
}
