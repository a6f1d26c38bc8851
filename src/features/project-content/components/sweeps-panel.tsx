// A project's sweeps: create one, run an agent (it logs a run into the sweep as you), delete one with
// its runs — "Team members can only delete runs and sweep runs created by that member", admins any.
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import type { ProjectContent, SweepRow } from '../../../api/project-content';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { hiddenHeader } from '../../../components/ui/data-table';
import { Guarded } from '../../../components/ui/guarded';
import { EmptyState } from '../../../components/ui/states';
import { useToast } from '../../../components/ui/toast';
import { relativeTime } from '../../../lib/format';
import { useContentChange, type ContentChange } from '../api/content';
import { refusedRows, RowActions, TableWithRowActions } from '../../../components/ui/row-actions';
import { TextDialog } from './text-dialog';

const col = createColumnHelper<SweepRow>();

export function SweepsPanel({
  team,
  project,
  sweeps,
}: {
  team: string;
  project: string;
  sweeps: ProjectContent['sweeps'];
}) {
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<SweepRow | null>(null);
  const change = useContentChange(team, project);
  const toast = useToast();
  const where = `${team}/${project}`;
  const act = (c: ContentChange, done: string) =>
    change.mutate(c, {
      onSuccess: () => toast({ title: done }),
      onError: (e) => toast({ title: 'Not done', description: e.message, tone: 'danger' }),
    });
  // No sweep allows them anything: one line above the table instead of a column of refusals.
  const readOnly = refusedRows(
    sweeps.items,
    (s) => s.actions,
    (action) => (action === 'logRun' ? 'Run an agent of a sweep' : 'Delete sweeps'),
  );
  const columns = [
    col.display({
      id: 'sweep',
      header: 'Sweep',
      cell: ({ row: { original: s } }) => (
        <>
          <strong>{s.name}</strong> <Badge>{s.method}</Badge>
          <span className="muted small block">
            by {s.authorName} · {relativeTime(s.createdAt)}
          </span>
        </>
      ),
    }),
    col.display({ id: 'runs', header: 'Runs', cell: ({ row }) => row.original.runs }),
  ];
  const actionColumn = col.display({
    id: 'actions',
    header: hiddenHeader('Actions'),
    meta: { className: 'row-buttons' },
    cell: ({ row: { original: s } }) => (
      <RowActions
        what={`sweep ${s.name}`}
        explain={{ project: where, permission: 'run:delete' }}
        actions={[
          {
            label: 'Run agent',
            name: `Run an agent of sweep ${s.name}`,
            decision: s.actions.logRun,
            onClick: () => act({ kind: 'runAgent', sweepId: s.id }, `An agent of ${s.name} logged a run`),
          },
          {
            label: 'Delete',
            name: `Delete sweep ${s.name}`,
            variant: 'danger',
            decision: s.actions.remove,
            onClick: () => setDeleting(s),
          },
        ]}
      />
    ),
  });
  return (
    <section className="panel stack-sm" aria-labelledby="sweeps-title">
      <div className="row panel-head">
        <h2 id="sweeps-title" className="panel-title">
          Sweeps
        </h2>
        <Guarded decision={sweeps.create} explain={{ project: where, permission: 'sweep:create' }}>
          <Button size="sm" disabled={!sweeps.create.allowed} onClick={() => setCreating(true)}>
            Create sweep
          </Button>
        </Guarded>
      </div>
      {sweeps.items.length === 0 ? (
        <EmptyState title="No sweeps yet">Hyperparameter sweeps of this project appear here.</EmptyState>
      ) : (
        <TableWithRowActions
          caption="Sweeps"
          columns={columns}
          actions={actionColumn}
          data={sweeps.items}
          getRowId={(s) => s.id}
          refused={{
            refusals: readOnly,
            title: 'Why can’t you run or delete these sweeps?',
            explain: { project: where, permission: 'run:delete' },
          }}
        />
      )}
      {creating ? (
        <TextDialog
          title="Create sweep"
          description="A random search; its agents log runs into this project as whoever runs them."
          label="Sweep name"
          field="name"
          max={64}
          submitLabel="Create sweep"
          busy={change.isPending}
          onClose={() => setCreating(false)}
          onSubmit={(name) =>
            change
              .mutateAsync({ kind: 'createSweep', body: { name, method: 'random' } })
              .then(() => toast({ title: `Sweep ${name} created` }))
          }
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          open
          onOpenChange={(o) => (o ? null : setDeleting(null))}
          title={`Delete sweep ${deleting.name}?`}
          description={`The sweep and its ${deleting.runs} run(s) are deleted. This cannot be undone.`}
          confirmLabel="Delete sweep"
          busy={change.isPending}
          onConfirm={() => {
            act({ kind: 'deleteSweep', sweepId: deleting.id }, `Deleted sweep ${deleting.name}`);
            setDeleting(null);
          }}
        />
      ) : null}
    </section>
  );
}
