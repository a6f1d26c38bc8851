// The project's runs: stop and delete follow the `:own` rules; Move runs to another project of the
// team (into Restricted allowed, out of Restricted refused) — every button says why when refused.
import { useState } from 'react';
import type { ProjectOverview, RunRow } from '../../../api/projects';
import { VISIBILITY_INFO } from '../../../api/team';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { Guarded } from '../../../components/ui/guarded';
import { Select } from '../../../components/ui/select';
import { EmptyState } from '../../../components/ui/states';
import { DataTable } from '../../../components/ui/data-table';
import { useToast } from '../../../components/ui/toast';
import { useMoveRuns, useRunAction } from '../api/project-mutations';
import { runColumns } from './runs-columns';
import { decidingReason } from '../../../lib/reasons';
import { RefusedRowsNote } from '../../../components/ui/row-actions';
import type { ProjectActions } from './project-actions';

export function RunsTable({ overview, actions }: { overview: ProjectOverview; actions: ProjectActions }) {
  const { project, runs, moveTargets } = overview;
  const [selected, setSelected] = useState<string[]>([]);
  const [moving, setMoving] = useState(false);
  const [target, setTarget] = useState(moveTargets[0]?.id ?? '');
  const action = useRunAction(project.team, project.name);
  const move = useMoveRuns(project.team, project.name);
  const toast = useToast();
  const movable = runs.filter((r) => r.move.allowed).map((r) => r.id);
  const blockedMove = runs.find((r) => !r.move.allowed)?.move;
  if (runs.length === 0)
    return <EmptyState title="No runs yet">Runs logged to this project appear here.</EmptyState>;
  const act = (run: RunRow, kind: 'stop' | 'delete') =>
    action.mutate(
      { runId: run.id, action: kind },
      {
        onSuccess: () => toast({ title: kind === 'stop' ? `Stopped ${run.name}` : `Deleted ${run.name}` }),
        onError: (e) => toast({ title: 'Not done', description: e.message, tone: 'danger' }),
      },
    );
  const where = `${project.team}/${project.name}`;
  const firstRun = runs[0];
  return (
    <section className="stack-sm runs" aria-label="Runs">
      {/* Read-only: the page's note says why once; no button, checkbox or column to refuse. */}
      {actions.readOnly ? null : (
        <div className="row">
          <Guarded
            decision={movable.length > 0 || !blockedMove ? { allowed: true, reasons: [] } : blockedMove}
            explain={{ project: `${project.team}/${project.name}`, permission: 'run:move' }}
          >
            <Button disabled={selected.length === 0 || movable.length === 0} onClick={() => setMoving(true)}>
              Move runs{selected.length > 0 ? ` (${selected.length})` : ''}
            </Button>
          </Guarded>
          {movable.length === 0 && blockedMove ? (
            <span className="muted small">{decidingReason(blockedMove.reasons)?.text}</span>
          ) : null}
        </div>
      )}
      {!actions.readOnly && !actions.rowActions && firstRun ? (
        // Some actions are theirs, but none of these rows': one line instead of a column of refusals.
        <RefusedRowsNote
          title="Why can’t you stop or delete these runs?"
          refusals={[{ label: 'Delete runs', decision: firstRun.remove }]}
          explain={{ project: where, permission: 'run:delete' }}
        />
      ) : null}
      <DataTable
        caption="Runs"
        columns={runColumns({ project, selected, setSelected, act, actions })}
        data={runs}
        getRowId={(run) => run.id}
      />
      <Dialog
        open={moving}
        onOpenChange={setMoving}
        title="Move runs"
        description={`Move ${selected.length} run(s) to another project of ${project.team}. Runs can move into a Restricted project, never out of one.`}
        footer={
          <>
            <Button onClick={() => setMoving(false)}>Cancel</Button>
            <Button
              variant="primary"
              disabled={!target || move.isPending}
              onClick={() =>
                move.mutate(
                  { runIds: selected, toProjectId: target },
                  {
                    onSuccess: () => {
                      toast({ title: `Moved ${selected.length} run(s)` });
                      setSelected([]);
                      setMoving(false);
                    },
                  },
                )
              }
            >
              Move
            </Button>
          </>
        }
      >
        <Select
          label="Destination project"
          value={target}
          options={moveTargets.map((t) => ({
            value: t.id,
            label: `${t.name} (${VISIBILITY_INFO[t.visibility].label})`,
          }))}
          onChange={setTarget}
        />
        {move.error ? (
          <p className="form-error" role="alert">
            {move.error.message}
          </p>
        ) : null}
      </Dialog>
    </section>
  );
}
