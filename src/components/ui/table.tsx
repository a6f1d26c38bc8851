// The table frame every list uses: a caption for screen readers, a header row, the body.
import type { ReactNode } from 'react';

export function DataTable({
  caption,
  columns,
  children,
  busy,
}: {
  caption: string;
  /** Header cells: plain labels, or nodes (e.g. sort buttons) with their own aria-sort. */
  columns: (string | { key: string; node: ReactNode; sort?: 'ascending' | 'descending' | 'none' })[];
  children: ReactNode;
  busy?: boolean;
}) {
  return (
    <div className="table-wrap">
      <table className="table" aria-busy={busy}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) =>
              typeof c === 'string' ? (
                <th key={c} scope="col">
                  {c}
                </th>
              ) : (
                <th key={c.key} scope="col" aria-sort={c.sort}>
                  {c.node}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
