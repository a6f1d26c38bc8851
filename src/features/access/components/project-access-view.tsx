// "Who has access to this project": every user and service account with the effective role and its
// source, filtered on the server, exported as the server's CSV.
import { useState } from 'react';
import { VIA_LABELS } from '../../../api/access';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Select } from '../../../components/ui/select';
import { DataTable } from '../../../components/ui/table';
import { EmptyState, ErrorState, Skeleton } from '../../../components/ui/states';
import { useToast } from '../../../components/ui/toast';
import {
  downloadProjectAccessCsv,
  useProjectAccess,
  type ProjectAccessFilters,
} from '../api/get-project-access';
import { errorMessage } from '../../../lib/errors';

const ACTIONS = { key: 'actions', node: <span className="visually-hidden">Actions</span> };

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
        <input
          className="input"
          type="search"
          aria-label="Filter by name"
          placeholder="Filter by name"
          value={filters.q}
          onChange={(e) => onFilters({ q: e.target.value })}
        />
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
            columns={
              compact
                ? ['Name', 'Role', 'Source', 'Content', ACTIONS]
                : ['Name', 'Role', 'Team role', 'Source', 'Content', 'Writes', 'Manages users', ACTIONS]
            }
            busy={list.isFetching}
          >
            {list.data.items.map((r) => (
              <tr key={r.id}>
                <td>
                  {r.name} {r.kind === 'service' ? <Badge>Service account</Badge> : null}
                </td>
                <td>
                  <Badge tone="accent">{r.roleLabel}</Badge>
                  {r.overridden ? <span title="Project role differs from the team role"> *</span> : null}
                </td>
                {compact ? null : <td>{r.teamRoleLabel ?? <span className="muted">—</span>}</td>}
                <td title={r.reasons.map((x) => x.text).join(' → ')}>{VIA_LABELS[r.via]}</td>
                <td>{r.canRead ? 'Sees runs' : <span className="muted">Listed only</span>}</td>
                {compact ? null : (
                  <>
                    <td>{r.canWrite ? 'Yes' : 'No'}</td>
                    <td>{r.canManage ? 'Yes' : 'No'}</td>
                  </>
                )}
                <td>
                  <Button
                    size="sm"
                    variant="ghost"
                    onClick={() => onExplain(r.id)}
                    aria-label={`Explain ${r.name}`}
                  >
                    Explain
                  </Button>
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </section>
  );
}
