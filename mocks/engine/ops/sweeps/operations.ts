// Sweeps (§8, ADR 0026): create one (sweep:create), its agents log runs into it (run:create), and
// delete it with its runs: "Team members can only delete runs and sweep runs created by that member",
// admins delete any sweep. A sweep's deletion is decided as run:delete on the sweep (its author for
// `:own`) and on every run in it, so a Member's own sweep holding someone else's run is refused too.
import { decide } from '../../decide';
import type { Sweep, SweepMethod, World } from '../../model';
import { conflict, invalid, note, notFound, refused } from '../../reason';
import { defineFamily, noScope, operation } from '../define';
import { actorId } from '../projects/rules';
import { first, thenCheck } from '../rules';
import { nameRule } from '../logging/run-name';

export const SWEEP_METHODS: readonly SweepMethod[] = ['grid', 'random', 'bayes'];
export type NewSweep = Omit<Sweep, 'authorId'>;

const runsOf = (world: World, sweepId: string) => world.runs.values().filter((r) => r.sweepId === sweepId);

export const sweepOperations = defineFamily({
  'sweep.create': operation<{ sweep: NewSweep }>({
    check: (world, actor, op) => {
      const project = world.projects.get(op.sweep.projectId);
      if (!project) return notFound('No such project');
      return thenCheck(decide(world, actor, 'sweep:create', { kind: 'project', projectId: project.id }), () =>
        first(
          () => (world.sweeps.get(op.sweep.id) ? conflict('A sweep with this id already exists') : null),
          () => nameRule('name', op.sweep.name),
          () =>
            SWEEP_METHODS.includes(op.sweep.method) ? null : invalid('method', 'Pick grid, random or bayes'),
        ),
      );
    },
    apply: (draft, actor, op) =>
      draft.set('sweeps', op.sweep.id, { ...op.sweep, authorId: actorId(actor) ?? '' }),
    impactScope: noScope,
  }),

  /** An agent of the sweep logs a run, as the person (or service account) running it. */
  'sweep.logRun': operation<{ sweepId: string; run: { id: string; name: string; createdAt: string } }>({
    check: (world, actor, op) => {
      const sweep = world.sweeps.get(op.sweepId);
      if (!sweep) return notFound('No such sweep');
      return thenCheck(
        decide(world, actor, 'run:create', { kind: 'project', projectId: sweep.projectId }),
        () =>
          first(
            () => (world.runs.get(op.run.id) ? conflict('A run with this id already exists') : null),
            () => nameRule('name', op.run.name),
          ),
      );
    },
    apply: (draft, actor, op) => {
      const sweep = draft.get('sweeps', op.sweepId);
      if (!sweep) return;
      draft.set('runs', op.run.id, {
        ...op.run,
        projectId: sweep.projectId,
        authorId: actorId(actor) ?? '',
        state: 'running',
        sweepId: sweep.id,
      });
    },
    impactScope: noScope,
  }),

  'sweep.delete': operation<{ sweepId: string }>({
    check: (world, actor, op) => {
      const sweep = world.sweeps.get(op.sweepId);
      if (!sweep) return notFound('No such sweep');
      const own = decide(world, actor, 'run:delete', { kind: 'sweep', sweepId: sweep.id });
      return thenCheck(own, () => {
        for (const run of runsOf(world, sweep.id)) {
          const d = decide(world, actor, 'run:delete', { kind: 'run', runId: run.id });
          if (!d.allowed) {
            const holds = note('input', `Deleting sweep ${sweep.name} deletes its run ${run.name}`);
            return refused('forbidden', [holds, ...d.reasons]);
          }
        }
        return null;
      });
    },
    apply: (draft, _actor, op) => {
      for (const run of draft.all('runs')) if (run.sweepId === op.sweepId) draft.delete('runs', run.id);
      draft.delete('sweeps', op.sweepId);
    },
    impactScope: noScope,
  }),
});
