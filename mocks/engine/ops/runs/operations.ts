// Runs (§6.1, §8): move (into Restricted yes, out of it never), stop, delete; `:own` via decide().
import type { Decision, Reason } from '../../decision';
import { decide } from '../../decide';
import { projectLabel } from '../../lookup';
import type { Actor, World } from '../../model';
import { allowed, asForbidden, conflict, forbidden, invalid, notFound } from '../../reason';
import { defineFamily, noScope, operation } from '../define';
import { thenCheck } from '../rules';

function runCheck(
  world: World,
  actor: Actor,
  runId: string,
  permission: 'run:stop' | 'run:delete',
): Decision {
  const run = world.runs.get(runId);
  if (!run) return notFound('No such run');
  return thenCheck(decide(world, actor, permission, { kind: 'run', runId: run.id }), () =>
    permission === 'run:stop' && run.state !== 'running' ? conflict(`Run ${run.name} is not running`) : null,
  );
}

export const runOperations = defineFamily({
  'run.move': operation<{ runIds: string[]; toProjectId: string }>({
    check: (world, actor, op) => {
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
    },
    apply: (draft, _actor, op) => {
      // Decision (ADR 0026): a sweep run moved to another project leaves its sweep, which stays put.
      for (const id of op.runIds)
        draft.update('runs', id, ({ sweepId, ...r }) =>
          r.projectId === op.toProjectId ? { ...r, sweepId } : { ...r, projectId: op.toProjectId },
        );
    },
    impactScope: noScope,
  }),

  'run.stop': operation<{ runId: string }>({
    check: (world, actor, op) => runCheck(world, actor, op.runId, 'run:stop'),
    // Decision: a run stopped by a user ends as finished (the model has no "killed" state).
    apply: (draft, _actor, op) => draft.update('runs', op.runId, (r) => ({ ...r, state: 'finished' })),
    impactScope: noScope,
  }),

  'run.delete': operation<{ runId: string }>({
    check: (world, actor, op) => runCheck(world, actor, op.runId, 'run:delete'),
    apply: (draft, _actor, op) => draft.delete('runs', op.runId),
    impactScope: noScope,
  }),
});
