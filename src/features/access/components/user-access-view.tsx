// "What can this user access": every team and project with the effective role and its source.
import { useState } from 'react';
import { VIA_LABELS, type UserAccessView as Data } from '../../../api/access';
import { Button } from '../../../components/ui/button';
import { createColumnHelper } from '@tanstack/react-table';
import { DataTable, hiddenHeader } from '../../../components/ui/data-table';
import { chainText, ContentText, ExplainButton, RoleBadge } from './access-cells';
import { Banner, EmptyState } from '../../../components/ui/states';
import { SearchField } from '../../../components/ui/search-field';

const PAGE = 100;
type Explain = (kind: 'team' | 'project', value: string) => void;
const teamCol = createColumnHelper<Data['teams'][number]>();
const projectCol = createColumnHelper<Data['projects'][number]>();

/** In the drawer (compact) the chain is one "Explain" away. */
const teamColumns = (compact: boolean, onExplain: Explain) => [
  // A team's name is one word: "ml- / research" split at its hyphen at 1024 px.
  teamCol.display({
    id: 'team',
    header: 'Team',
    meta: { className: 'nowrap' },
    cell: ({ row }) => row.original.team,
  }),
  teamCol.display({
    id: 'role',
    header: 'Role',
    cell: ({ row }) => <RoleBadge roleLabel={row.original.roleLabel} />,
  }),
  teamCol.display({ id: 'source', header: 'Source', cell: ({ row }) => VIA_LABELS[row.original.via] }),
  ...(compact
    ? []
    : [
        teamCol.display({
          id: 'why',
          header: 'Why',
          meta: { className: 'small muted' },
          cell: ({ row }) => chainText(row.original.reasons),
        }),
      ]),
  teamCol.display({
    id: 'actions',
    header: hiddenHeader('Actions'),
    cell: ({ row: { original: t } }) => (
      <ExplainButton label={`Explain team ${t.team}`} onClick={() => onExplain('team', t.team)} />
    ),
  }),
];

const projectColumns = (compact: boolean, onExplain: Explain) => [
  projectCol.display({ id: 'project', header: 'Project', cell: ({ row }) => row.original.label }),
  projectCol.display({ id: 'role', header: 'Role', cell: ({ row }) => <RoleBadge {...row.original} /> }),
  projectCol.display({
    id: 'source',
    header: 'Source',
    meta: { cellProps: (p) => ({ title: chainText(p.reasons) }) },
    cell: ({ row }) => VIA_LABELS[row.original.via],
  }),
  projectCol.display({
    id: 'content',
    header: 'Content',
    cell: ({ row }) => <ContentText canRead={row.original.canRead} />,
  }),
  ...(compact
    ? []
    : [
        projectCol.display({
          id: 'writes',
          header: 'Writes',
          cell: ({ row }) => (row.original.canWrite ? 'Yes' : 'No'),
        }),
      ]),
  projectCol.display({
    id: 'actions',
    header: hiddenHeader('Actions'),
    cell: ({ row: { original: p } }) => (
      <ExplainButton label={`Explain ${p.label}`} onClick={() => onExplain('project', p.label)} />
    ),
  }),
];

export function UserAccessView({
  data,
  onExplain,
  compact = false,
}: {
  /** In the drawer: fewer columns (the chain is one "Explain" away). */
  compact?: boolean;
  data: Data;
  onExplain: (kind: 'team' | 'project', value: string) => void;
}) {
  // An org admin of a large org reaches thousands of projects: filter, and show a page at a time.
  const [filter, setFilter] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const needle = filter.trim().toLowerCase();
  const matching = data.projects.filter((p) => !needle || p.label.toLowerCase().includes(needle));
  const shown = matching.slice(0, limit);
  return (
    <section className={compact ? 'panel drawer-list' : 'panel'} aria-labelledby="user-access-title">
      <h2 id="user-access-title" className="panel-title">
        What {data.subject.name} can access
      </h2>
      {data.scope === 'administered-teams' ? (
        <Banner tone="info">Only the teams you administer, and their projects, are shown.</Banner>
      ) : null}
      <h3 className="access-group-title">Teams ({data.teams.length})</h3>
      {data.teams.length === 0 ? (
        <EmptyState title="No teams" />
      ) : (
        <DataTable
          caption={`Teams ${data.subject.name} can access`}
          columns={teamColumns(compact, onExplain)}
          data={data.teams}
          getRowId={(t) => t.team}
        />
      )}
      <h3 className="access-group-title">Projects ({data.projects.length})</h3>
      {data.projects.length > PAGE ? (
        <div className="access-toolbar">
          <SearchField label="Filter projects" value={filter} onSearch={setFilter} />
        </div>
      ) : null}
      {data.projects.length === 0 ? (
        <EmptyState title="No projects with a named way in" />
      ) : (
        <DataTable
          caption={`Projects ${data.subject.name} can access`}
          columns={projectColumns(compact, onExplain)}
          data={shown}
          getRowId={(p) => p.label}
        />
      )}
      {matching.length > shown.length ? (
        <p className="muted small">
          Showing {shown.length} of {matching.length}.{' '}
          <Button size="sm" onClick={() => setLimit(limit + PAGE)}>
            Show {Math.min(PAGE, matching.length - shown.length)} more
          </Button>
        </p>
      ) : null}
    </section>
  );
}
