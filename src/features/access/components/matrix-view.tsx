// Users × permissions for one project: rows are people with access, columns permissions grouped by
// object, each cell ✓ or ✕ with the deciding reason in its title. Paged on the server (25 rows).
import { Button } from '../../../components/ui/button';
import { EmptyState, ErrorState, Skeleton } from '../../../components/ui/states';
import { useMatrix } from '../api/get-project-access';

/** "run:create" under Runs → "create"; ids from another object ("workspace:update") stay whole. */
const shortId = (group: string, id: string): string => {
  const prefix = `${group.replace(/s$/, '')}:`;
  return id.startsWith(prefix) ? id.slice(prefix.length) : id;
};

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
        <input
          className="input"
          type="search"
          aria-label="Filter people"
          placeholder="Filter people"
          value={q}
          onChange={(e) => onQuery(e.target.value)}
        />
      </div>
      {matrix.isPending ? (
        <Skeleton height={240} />
      ) : matrix.isError ? (
        <ErrorState error={matrix.error} onRetry={() => void matrix.refetch()} />
      ) : matrix.data.rows.length === 0 ? (
        <EmptyState title="Nobody matches" />
      ) : (
        <>
          {/* A scroll region that keyboard users can reach: the matrix is wider than the page. */}
          <div
            className="access-matrix-wrap"
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
            tabIndex={0}
            role="region"
            aria-label="Permissions matrix, scrolls sideways"
          >
            <table className="access-matrix" aria-busy={matrix.isFetching}>
              <caption className="visually-hidden">Who may do what in {project}</caption>
              <thead>
                <tr>
                  <th scope="col" rowSpan={2}>
                    Person
                  </th>
                  {matrix.data.groups.map((g) => (
                    <th
                      key={g.group}
                      scope="colgroup"
                      colSpan={g.permissions.length}
                      className="access-matrix-group"
                    >
                      {g.group}
                    </th>
                  ))}
                </tr>
                <tr>
                  {matrix.data.groups.flatMap((g) =>
                    g.permissions.map((p) => (
                      <th key={p.id} scope="col" className="access-matrix-perm" title={p.description}>
                        <span>{shortId(g.group, p.id)}</span>
                      </th>
                    )),
                  )}
                </tr>
              </thead>
              <tbody>
                {matrix.data.rows.map((r) => {
                  const ids = matrix.data.groups.flatMap((g) => g.permissions.map((p) => p.id));
                  return (
                    <tr key={r.id}>
                      <th scope="row" className="access-matrix-person">
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => onExplain(r.id)}
                          aria-label={`Explain ${r.name}`}
                        >
                          {r.name}
                        </button>
                        <span className="muted small block">{r.roleLabel}</span>
                      </th>
                      {r.cells.map((c, i) => (
                        <td
                          key={ids[i]}
                          className={c.allowed ? 'cell-yes' : 'cell-no'}
                          title={`${ids[i]}: ${c.reason}`}
                        >
                          <span aria-hidden="true">{c.allowed ? '✓' : '✕'}</span>
                          <span className="visually-hidden">
                            {ids[i]} {c.allowed ? 'allowed' : 'refused'}: {c.reason}
                          </span>
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
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
