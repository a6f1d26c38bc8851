// "Who has access to this project": every user and service account with the effective role and its
// source, filtered on the server, exported as the server's CSV.
import { useState } from 'react';
import { VIA_LABELS, type ProjectAccessRow } from '../../../api/access';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Select } from '../../../components/ui/select';
import { createColumnHelper } from '@tanstack/react-table';
import { DataTable, hiddenHeader } from '../../../components/ui/data-table';
import { chainText, ContentText, ExplainButton, RoleBadge } from './access-cells';
import { EmptyState, ErrorState, Skeleton } from '../../../components/ui/states';
import { useToast } from '../../../components/ui/toast';
import {
  downloadProjectAccessCsv,
  useProjectAccess,
  type ProjectAccessFilters,
} from '../api/get-project-access';
import { errorMessage } from '../../../lib/errors';
import { SearchField } from '../../../components/ui/search-field';

const col = createColumnHelper<ProjectAccessRow>();

/** In the drawer (compact) without the team role, writes and manages-users columns. */
const accessColumns = (compact: boolean, onExplain: (userId: string) => void) => [
  col.display({
    id: 'name',
    header: 'Name',
    cell: ({ row: { original: r } }) => (
      <>
        {r.name} {r.kind === 'service' ? <Badge>Service account</Badge> : null}
      </>
    ),
  }),
  col.display({ id: 'role', header: 'Role', cell: ({ row }) => <RoleBadge {...row.original} /> }),
  ...(compact
    ? []
    : [
        col.display({
          id: 'teamRole',
          header: 'Team role',
          cell: ({ row }) => row.original.teamRoleLabel ?? <span className="muted">—</span>,
        }),
      ]),
  col.display({
    id: 'source',
    header: 'Source',
    meta: { cellProps: (r) => ({ title: chainText(r.reasons) }) },
    cell: ({ row }) => VIA_LABELS[row.original.via],
  }),
  col.display({
    id: 'content',
    header: 'Content',
    cell: ({ row }) => <ContentText canRead={row.original.canRead} />,
  }),
  ...(compact
    ? []
    : [
        col.display({
          id: 'writes',
          header: 'Writes',
          cell: ({ row }) => (row.original.canWrite ? 'Yes' : 'No'),
        }),
        col.display({
          id: 'manages',
          header: 'Manages users',
          cell: ({ row }) => (row.original.canManage ? 'Yes' : 'No'),
        }),
      ]),
  col.display({
    id: 'actions',
    header: hiddenHeader('Actions'),
    cell: ({ row: { original: r } }) => (
      <ExplainButton label={`Explain ${r.name}`} onClick={() => onExplain(r.id)} />
    ),
  }),
];

export function ProjectAccessView({
  project,
  filters,
  onFilters,
  onExplain,
  compact = false,
}: {
  /** In the drawer: fewer columns (team role, writes, manages users live on the Access page). */
  compact?: boolean;
  project: string;
  filters: ProjectAccessFilters;
  onFilters: (patch: Partial<ProjectAccessFilters>) => void;
  onExplain: (userId: string) => void;
}) {
  const list = useProjectAccess(project, filters);
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const exportCsv = async () => {
    setBusy(true);
    try {
      await downloadProjectAccessCsv(project, filters);
    } catch (e) {
      toast({ tone: 'danger', title: errorMessage(e, 'The export failed.') });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className={compact ? 'panel drawer-list' : 'panel'} aria-labelledby="who-title">
      <h2 id="who-title" className="panel-title">
        Who has access to {project}
      </h2>
      <div className="access-toolbar">
        <SearchField label="Filter by name" value={filters.q} onSearch={(q) => onFilters({ q })} />
        <Select
          label="Source"
          value={filters.via}
          anyLabel="Any source"
          options={Object.entries(VIA_LABELS).map(([value, label]) => ({ value, label }))}
          onChange={(via) => onFilters({ via })}
        />
        <Select
          label="Kind"
          value={filters.kind}
          anyLabel="Users and service accounts"
          options={[
            { value: 'user', label: 'Users' },
            { value: 'service', label: 'Service accounts' },
          ]}
          onChange={(kind) => onFilters({ kind })}
        />
        <Button onClick={() => void exportCsv()} disabled={busy}>
          {busy ? 'Exporting…' : 'Export CSV'}
        </Button>
      </div>
      {list.isPending ? (
        <Skeleton height={200} />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title="Nobody matches these filters" />
      ) : (
        <>
          <p className="muted small" aria-live="polite">
            {list.data.total} of {list.data.unfiltered} with a named way in
            {list.data.project.visibility === 'open' || list.data.project.visibility === 'public'
              ? '; anyone else may also view it (the project is ' + list.data.project.visibility + ')'
              : ''}
          </p>
          <DataTable
            caption={`Who has access to ${project}`}
            className="table access-who-table"
            columns={accessColumns(compact, onExplain)}
            data={list.data.items}
            getRowId={(r) => r.id}
            busy={list.isFetching}
          />
        </>
      )}
    </section>
  );
}
