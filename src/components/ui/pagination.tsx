import { Button } from './button';
import { Select } from './select';

export function Pagination({
  page,
  pageCount,
  pageSize,
  pageSizes,
  total,
  noun,
  onPage,
  onPageSize,
}: {
  page: number;
  pageCount: number;
  pageSize: number;
  pageSizes: readonly number[];
  total: number;
  noun: string;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
}) {
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav className="pagination" aria-label="Pagination">
      <span className="pagination-range" aria-live="polite">
        {from.toLocaleString('en')}–{to.toLocaleString('en')} of {total.toLocaleString('en')} {noun}
      </span>
      <Select
        label="Rows per page"
        value={String(pageSize)}
        options={pageSizes.map((n) => ({ value: String(n), label: String(n) }))}
        onChange={(v) => onPageSize(Number(v))}
      />
      <div className="pagination-buttons">
        <Button size="sm" onClick={() => onPage(1)} disabled={page <= 1} aria-label="First page">
          «
        </Button>
        <Button size="sm" onClick={() => onPage(page - 1)} disabled={page <= 1} aria-label="Previous page">
          ‹ Prev
        </Button>
        <span className="pagination-page">
          Page {page} of {pageCount}
        </span>
        <Button
          size="sm"
          onClick={() => onPage(page + 1)}
          disabled={page >= pageCount}
          aria-label="Next page"
        >
          Next ›
        </Button>
        <Button
          size="sm"
          onClick={() => onPage(pageCount)}
          disabled={page >= pageCount}
          aria-label="Last page"
        >
          »
        </Button>
      </div>
    </nav>
  );
}
