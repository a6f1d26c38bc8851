// The columns of a project's runs: select (to move), name, author, state, age, Stop and Delete by the
// `:own` rules (each refused button says why, one "Why?" per row).
import { createColumnHelper } from '@tanstack/react-table';
import type { Dispatch, SetStateAction } from 'react';
import type { ProjectOverview, RunRow } from '../../../api/projects';
import { Badge, type BadgeTone } from '../../../components/ui/badge';
import { Checkbox } from '../../../components/ui/checkbox';
import { hiddenHeader, nameColumn } from '../../../components/ui/data-table';
import { RowActions } from '../../../components/ui/row-actions';
import { relativeTime } from '../../../lib/format';
import type { ProjectActions } from './project-actions';

const STATE_TONE: Record<RunRow['state'], BadgeTone> = {
  running: 'info',
  finished: 'success',
  crashed: 'danger',
  failed: 'danger',
};

const col = createColumnHelper<RunRow>();

export function runColumns({
  project,
  selected,
  setSelected,
  act,
  actions,
}: {
  project: ProjectOverview['project'];
  selected: string[];
  setSelected: Dispatch<SetStateAction<string[]>>;
  act: (run: RunRow, kind: 'stop' | 'delete') => void;
  /** Which columns of controls are worth showing (project-actions.ts). */
  actions: ProjectActions;
}) {
  const where = `${project.team}/${project.name}`;
  const select = col.display({
    id: 'select',
    header: hiddenHeader('Select'),
    cell: ({ row: { original: run } }) => (
      <Checkbox
        hideLabel
        label={`Select ${run.name}`}
        checked={selected.includes(run.id)}
        disabled={!run.move.allowed}
        onChange={(on) => setSelected((s) => (on ? [...s, run.id] : s.filter((x) => x !== run.id)))}
      />
    ),
  });
  return [
    ...(actions.move ? [select] : []),
    nameColumn<RunRow>('run', 'Run'),
    col.display({
      id: 'author',
      header: 'Author',
      meta: { className: 'nowrap' },
      cell: ({ row: { original: run } }) => (
        <>
          {run.authorName}
          {!run.authorInOrg ? <span className="muted small block">no longer in the organization</span> : null}
          {run.loggedWith ? (
            <span className="muted small block">logged with service account {run.loggedWith}’s key</span>
          ) : null}
          {run.sweep ? <span className="muted small block">sweep {run.sweep}</span> : null}
        </>
      ),
    }),
    col.display({
      id: 'state',
      header: 'State',
      cell: ({ row: { original: run } }) => <Badge tone={STATE_TONE[run.state]}>{run.state}</Badge>,
    }),
    col.display({
      id: 'created',
      header: 'Created',
      meta: { className: 'nowrap' },
      cell: ({ row }) => relativeTime(row.original.createdAt),
    }),
    ...(actions.rowActions ? [rowButtons(where, act)] : []),
  ];
}

function rowButtons(where: string, act: (run: RunRow, kind: 'stop' | 'delete') => void) {
  return col.display({
    id: 'actions',
    header: hiddenHeader('Actions'),
    meta: { className: 'row-buttons' },
    // One "Why?" per row for its refused buttons (each says its reason when pointed at or focused).
    cell: ({ row: { original: run } }) => (
      <RowActions
        what={`run ${run.name}`}
        explain={{ project: where, permission: 'run:delete' }}
        actions={[
          ...(run.state === 'running'
            ? [
                {
                  label: 'Stop',
                  name: `Stop ${run.name}`,
                  decision: run.stop,
                  onClick: () => act(run, 'stop'),
                },
              ]
            : []),
          {
            label: 'Delete',
            name: `Delete ${run.name}`,
            decision: run.remove,
            variant: 'danger' as const,
            onClick: () => act(run, 'delete'),
          },
        ]}
      />
    ),
  });
}
