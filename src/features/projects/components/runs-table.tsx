// The project's runs: stop and delete follow the `:own` rules; Move runs to another project of the
// team (into Restricted allowed, out of Restricted refused) — every button says why when refused.
import { useState } from 'react';
import type { ProjectOverview, RunRow } from '../../../api/projects';
import { VISIBILITY_INFO } from '../../../api/team';
import { Badge, type BadgeTone } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Checkbox } from '../../../components/ui/checkbox';
import { Dialog } from '../../../components/ui/dialog';
import { Guarded } from '../../../components/ui/guarded';
import { Select } from '../../../components/ui/select';
import { EmptyState } from '../../../components/ui/states';
import { DataTable } from '../../../components/ui/table';
import { useToast } from '../../../components/ui/toast';
import { relativeTime } from '../../../lib/format';
import { useMoveRuns, useRunAction } from '../api/project-mutations';
import { decidingReason } from '../../../lib/reasons';

const STATE_TONE: Record<RunRow['state'], BadgeTone> = {
  running: 'info',
  finished: 'success',
  crashed: 'danger',
  failed: 'danger',
};

export function RunsTable({ overview }: { overview: ProjectOverview }) {
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
  return (
    <section className="stack-sm" aria-label="Runs">
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
      <DataTable
        caption="Runs"
        columns={[
          { key: 'select', node: <span className="visually-hidden">Select</span> },
          'Run',
          'Author',
          'State',
          'Created',
          { key: 'actions', node: <span className="visually-hidden">Actions</span> },
        ]}
      >
        {runs.map((run) => (
          <tr key={run.id}>
            <td>
              <Checkbox
                hideLabel
                label={`Select ${run.name}`}
                checked={selected.includes(run.id)}
                disabled={!run.move.allowed}
                onChange={(on) => setSelected((s) => (on ? [...s, run.id] : s.filter((x) => x !== run.id)))}
              />
            </td>
            <td className="team-name">{run.name}</td>
            <td>
              {run.authorName}
              {!run.authorInOrg ? (
                <span className="muted small block">no longer in the organization</span>
              ) : null}
            </td>
            <td>
              <Badge tone={STATE_TONE[run.state]}>{run.state}</Badge>
            </td>
            <td>{relativeTime(run.createdAt)}</td>
            <td className="row-buttons">
              {run.state === 'running' ? (
                <Guarded
                  decision={run.stop}
                  explain={{ project: `${project.team}/${project.name}`, permission: 'run:stop' }}
                >
                  <Button
                    size="sm"
                    disabled={!run.stop.allowed}
                    onClick={() => act(run, 'stop')}
                    aria-label={`Stop ${run.name}`}
                  >
                    Stop
                  </Button>
                </Guarded>
              ) : null}
              <Guarded
                decision={run.remove}
                explain={{ project: `${project.team}/${project.name}`, permission: 'run:delete' }}
              >
                <Button
                  size="sm"
                  variant="danger"
                  disabled={!run.remove.allowed}
                  onClick={() => act(run, 'delete')}
                  aria-label={`Delete ${run.name}`}
                >
                  Delete
                </Button>
              </Guarded>
            </td>
          </tr>
        ))}
      </DataTable>
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
