// Users × permissions for one project: rows are people with access, columns permissions grouped by
// object, each cell ✓ or ✕ with the deciding reason in its title. Paged on the server (25 rows).
import { Button } from '../../../components/ui/button';
import { createColumnHelper } from '@tanstack/react-table';
import type { Matrix } from '../../../api/access';
import { DataTable } from '../../../components/ui/data-table';
import { EmptyState, ErrorState, Skeleton } from '../../../components/ui/states';
import { useMatrix } from '../api/get-project-access';
import { SearchField } from '../../../components/ui/search-field';

/** "run:create" under Runs → "create"; ids from another object ("workspace:update") stay whole. */
const shortId = (group: string, id: string): string => {
  const prefix = `${group.replace(/s$/, '')}:`;
  return id.startsWith(prefix) ? id.slice(prefix.length) : id;
};

const col = createColumnHelper<Matrix['rows'][number]>();

/** The person names the row; permissions are grouped under their object, each cell ✓ or ✕. */
function matrixColumns(groups: Matrix['groups'], onExplain: (userId: string) => void) {
  const ids = groups.flatMap((g) => g.permissions.map((p) => p.id));
  return [
    col.display({
      id: 'person',
      header: 'Person',
      // Its header stays beside the names too, while the permissions scroll under it.
      meta: { rowHeader: true, className: 'access-matrix-person', headerClassName: 'access-matrix-person' },
      cell: ({ row: { original: r } }) => (
        <>
          <button
            type="button"
            className="link-button"
            onClick={() => onExplain(r.id)}
            aria-label={`Explain ${r.name}`}
          >
            {r.name}
          </button>
          <span className="muted small block">{r.roleLabel}</span>
        </>
      ),
    }),
    ...groups.map((g) =>
      col.group({
        id: `group:${g.group}`,
        // The group's name stays in view beside the people while the matrix scrolls sideways.
        header: () => <span className="access-matrix-group-name">{g.group}</span>,
        meta: { headerClassName: 'access-matrix-group' },
        columns: g.permissions.map((p) => {
          const i = ids.indexOf(p.id);
          return col.display({
            id: p.id,
            header: () => <span>{shortId(g.group, p.id)}</span>,
            meta: {
              headerClassName: 'access-matrix-perm',
              headerTitle: p.description,
              cellProps: (r) => ({
                className: r.cells[i]?.allowed ? 'cell-yes' : 'cell-no',
                title: `${p.id}: ${r.cells[i]?.reason ?? ''}`,
              }),
            },
            cell: ({ row }) => {
              const c = row.original.cells[i];
              return (
                <>
                  <span aria-hidden="true">{c?.allowed ? '✓' : '✕'}</span>
                  <span className="visually-hidden">
                    {p.id} {c?.allowed ? 'allowed' : 'refused'}: {c?.reason}
                  </span>
                </>
              );
            },
          });
        }),
      }),
    ),
  ];
}

export function MatrixView({
  project,
  page,
  q,
  onPage,
  onQuery,
  onExplain,
}: {
  project: string;
  page: number;
  q: string;
  onPage: (page: number) => void;
  onQuery: (q: string) => void;
  /** Opens the full explanation of one row's person. */
  onExplain: (userId: string) => void;
}) {
  const matrix = useMatrix(project, page, q);
  return (
    <section className="panel" aria-labelledby="matrix-title">
      <h2 id="matrix-title" className="panel-title">
        Permissions matrix of {project}
      </h2>
      <div className="access-toolbar">
        <SearchField label="Filter people" value={q} onSearch={onQuery} />
      </div>
      {matrix.isPending ? (
        <Skeleton height={240} />
      ) : matrix.isError ? (
        <ErrorState error={matrix.error} onRetry={() => void matrix.refetch()} />
      ) : matrix.data.rows.length === 0 ? (
        <EmptyState title="Nobody matches" />
      ) : (
        <>
          <DataTable
            caption={`Who may do what in ${project}`}
            className="access-matrix"
            scrollRegion={{ className: 'access-matrix-wrap', label: 'Permissions matrix, scrolls sideways' }}
            columns={matrixColumns(matrix.data.groups, onExplain)}
            data={matrix.data.rows}
            getRowId={(r) => r.id}
            busy={matrix.isFetching}
          />
          <nav className="pagination" aria-label="Matrix pages">
            <span className="pagination-range" aria-live="polite">
              {(matrix.data.page - 1) * matrix.data.pageSize + 1}–
              {Math.min(matrix.data.total, matrix.data.page * matrix.data.pageSize)} of {matrix.data.total}{' '}
              people
            </span>
            <div className="pagination-buttons">
              <Button size="sm" onClick={() => onPage(page - 1)} disabled={matrix.data.page <= 1}>
                ‹ Prev
              </Button>
              <span className="pagination-page">
                Page {matrix.data.page} of {matrix.data.pageCount}
              </span>
              <Button
                size="sm"
                onClick={() => onPage(page + 1)}
                disabled={matrix.data.page >= matrix.data.pageCount}
              >
                Next ›
              </Button>
            </div>
          </nav>
        </>
      )}
    </section>
  );
}
