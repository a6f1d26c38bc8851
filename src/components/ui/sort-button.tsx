// A column header's sort control: the list is sorted on the server, so it only asks for an order
// (ascending first, then the other way); the header cell carries aria-sort (DataTable's meta.sort).
import type { ReactNode } from 'react';

export type SortDir = 'asc' | 'desc';

export type AriaSort = 'ascending' | 'descending' | 'none';

export const ariaSort = (active: boolean, dir: SortDir): AriaSort =>
  active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none';

export function SortButton({
  label,
  active,
  dir,
  onSort,
}: {
  label: ReactNode;
  active: boolean;
  dir: SortDir;
  onSort: (dir: SortDir) => void;
}) {
  return (
    <button
      type="button"
      className={`sort-button ${active ? 'sort-active' : ''}`}
      onClick={() => onSort(active && dir === 'asc' ? 'desc' : 'asc')}
    >
      {label}
      <span aria-hidden="true" className="sort-arrow">
        {active ? (dir === 'asc' ? '▲' : '▼') : '↕'}
      </span>
    </button>
  );
}
