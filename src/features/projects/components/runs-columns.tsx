// The columns of a project's runs: select (to move), name, author, state, age, Stop and Delete by the
// `:own` rules (each refused button says why).
import { createColumnHelper } from '@tanstack/react-table';
import type { Dispatch, SetStateAction } from 'react';
import type { ProjectOverview, RunRow } from '../../../api/projects';
import { Badge, type BadgeTone } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Checkbox } from '../../../components/ui/checkbox';
import { hiddenHeader, nameColumn } from '../../../components/ui/data-table';
import { Guarded } from '../../../components/ui/guarded';
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
    cell: ({ row: { original: run } }) => (
      <>
        {run.state === 'running' ? (
          <Guarded decision={run.stop} explain={{ project: where, permission: 'run:stop' }}>
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
        <Guarded decision={run.remove} explain={{ project: where, permission: 'run:delete' }}>
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
      </>
    ),
  });
}
