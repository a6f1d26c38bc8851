// check() for runs (§6.1, §8): move (into Restricted yes, out of it never), stop, delete; `:own` via decide().
import { thenCheck } from './check-helpers';
import type { Decision, Reason } from './decision';
import { decide } from './decide';
import { projectLabel } from './lookup';
import type { Actor, World } from './model';
import type { Operation } from './operations';
import { allowed, asForbidden, conflict, forbidden, invalid, notFound } from './reason';

type Op<T extends Operation['type']> = Extract<Operation, { type: T }>;
type RunOp = Op<'run.move' | 'run.stop' | 'run.delete'>;

export function checkRunOp(world: World, actor: Actor, op: RunOp): Decision {
  if (op.type === 'run.stop' || op.type === 'run.delete') {
    const run = world.runs.get(op.runId);
    if (!run) return notFound('No such run');
    const permission = op.type === 'run.stop' ? 'run:stop' : 'run:delete';
    return thenCheck(decide(world, actor, permission, { kind: 'run', runId: run.id }), () =>
      op.type === 'run.stop' && run.state !== 'running' ? conflict(`Run ${run.name} is not running`) : null,
    );
  }
  const target = world.projects.get(op.toProjectId);
  const targetTeam = target ? world.teams.get(target.teamId) : undefined;
  if (!target || !targetTeam) return notFound('No such project');
  if (op.runIds.length === 0) return invalid('runIds', 'Pick at least one run');
  const reasons: Reason[] = [];
  for (const runId of op.runIds) {
    const run = world.runs.get(runId);
    const source = run ? world.projects.get(run.projectId) : undefined;
    if (!run || !source) return notFound('No such run');
    if (source.id === target.id) continue;
    const move = decide(world, actor, 'run:move', { kind: 'run', runId });
    if (!move.allowed) return asForbidden(move);
    if (source.visibility === 'restricted') {
      return forbidden(
        'visibility',
        `Runs cannot be moved out of Restricted project ${projectLabel(world, source)}`,
      );
    }
    if (world.teams.get(source.teamId)?.orgId !== targetTeam.orgId)
      return invalid('toProjectId', 'Runs move only within the organization');
    reasons.push(...move.reasons);
  }
  const into = decide(world, actor, 'run:create', { kind: 'project', projectId: target.id });
  if (!into.allowed) return asForbidden(into);
  return allowed([...reasons, ...into.reasons]);
}
