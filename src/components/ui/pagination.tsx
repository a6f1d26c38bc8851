import type { PageFields } from '../../api/common';
import { Button } from './button';
import { Select } from './select';
import { count } from '../../lib/format';

/** Paging of a server-paged list: `of` is the page the server answered. */
export function Pagination<Size extends number>({
  of: { page, pageCount, pageSize, total },
  pageSizes,
  noun,
  onPage,
  onPageSize,
}: {
  of: PageFields;
  pageSizes: readonly Size[];
  noun: string;
  onPage: (page: number) => void;
  onPageSize: (size: Size) => void;
}) {
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav className="pagination" aria-label="Pagination">
      <span className="pagination-range" aria-live="polite">
        {count(from)}–{count(to)} of {count(total)} {noun}
      </span>
      <Select
        label="Rows per page"
        value={String(pageSize)}
        options={pageSizes.map((n) => ({ value: String(n), label: String(n) }))}
        onChange={(v) => {
          // The options are pageSizes, so the choice is always one of them.
          const size = pageSizes.find((n) => n === Number(v));
          if (size !== undefined) onPageSize(size);
        }}
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
