// The one table system: every data table is TanStack Table's column model laid out here the same way
// (a caption for screen readers, header rows, the body). Sorting, filtering and paging happen on the
// server or in the page, so the table only lays out columns: column groups get colSpan, a column
// outside any group spans the header rows, and column `meta` carries classes, titles and aria-sort.
import { memo, type ReactNode } from 'react';
import {
  getCoreRowModel,
  useReactTable,
  type Cell,
  type ColumnDef,
  type Header,
  type Row,
  type RowData,
} from '@tanstack/react-table';

declare module '@tanstack/react-table' {
  // TValue is the library's; the meta here reads rows only.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Class of the column's body cells. */
    className?: string;
    /** Class and title of one body cell, from its row (e.g. an allowed or refused mark). */
    cellProps?: (row: TData) => { className?: string; title?: string };
    /** The column's cells name their row: <th scope="row">. */
    rowHeader?: boolean;
    headerClassName?: string;
    headerTitle?: string;
    /** The list is sorted (on the server) by this column. */
    sort?: 'ascending' | 'descending' | 'none';
  }
}

/** Rows under a heading row of their own, one <tbody> each (e.g. permissions by object). */
export interface TableSection<T> {
  id: string;
  label: ReactNode;
  rows: T[];
}

interface DataTableProps<T> {
  /** The table's accessible name. */
  caption: string;
  columns: ColumnDef<T, unknown>[];
  getRowId: (row: T) => string;
  /** The rows, or `sections` of rows. */
  data?: T[];
  sections?: TableSection<T>[];
  busy?: boolean;
  /** Class of the <table>; "table" is the house style. */
  className?: string;
  rowClassName?: (row: T) => string | undefined;
  /** A table wider than the page scrolls sideways in a region keyboard users can reach. */
  scrollRegion?: { className: string; label: string };
}

export function DataTable<T>({
  caption,
  columns,
  getRowId,
  data,
  sections,
  busy,
  className = 'table',
  rowClassName,
  scrollRegion,
}: DataTableProps<T>) {
  const rows = sections ? sections.flatMap((s) => s.rows) : (data ?? []);
  // No React Compiler here; the table instance is rebuilt from props each render, which is what we want.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel(), getRowId });
  const modelRows = table.getRowModel().rows;
  const bodyRow = (row: Row<T>) => (
    <BodyRow key={row.id} row={row} columns={columns} className={rowClassName?.(row.original)} />
  );
  // Where each section's rows start among the table's rows.
  const starts = (sections ?? []).map((_, i, all) => all.slice(0, i).reduce((n, s) => n + s.rows.length, 0));
  const body = sections ? (
    sections.map((section, i) => {
      const sectionRows = modelRows.slice(starts[i], (starts[i] ?? 0) + section.rows.length);
      if (sectionRows.length === 0) return null;
      return (
        <tbody key={section.id}>
          <tr className="table-section">
            <th scope="colgroup" colSpan={table.getVisibleLeafColumns().length}>
              {section.label}
            </th>
          </tr>
          {sectionRows.map(bodyRow)}
        </tbody>
      );
    })
  ) : (
    <tbody>{modelRows.map(bodyRow)}</tbody>
  );
  const groups = table.getHeaderGroups();
  // A column outside any group is drawn once, in the first header row, spanning them all.
  const spanned = new Set<string>();
  const element = (
    <table className={className} aria-busy={busy}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        {groups.map((group, depth) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              if (spanned.has(header.column.id)) return null;
              if (header.isPlaceholder) spanned.add(header.column.id);
              return (
                <HeaderCell
                  key={header.id}
                  header={header}
                  rowSpan={header.isPlaceholder ? groups.length - depth : undefined}
                />
              );
            })}
          </tr>
        ))}
      </thead>
      {body}
    </table>
  );
  if (!scrollRegion) return <div className="table-wrap">{element}</div>;
  return (
    <div
      className={scrollRegion.className}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-label={scrollRegion.label}
    >
      {element}
    </div>
  );
}

function HeaderCell<T>({ header, rowSpan }: { header: Header<T, unknown>; rowSpan?: number }) {
  const { column } = header;
  const meta = column.columnDef.meta;
  const isGroup = column.columns.length > 0;
  return (
    <th
      scope={isGroup ? 'colgroup' : 'col'}
      colSpan={header.colSpan > 1 ? header.colSpan : undefined}
      rowSpan={rowSpan}
      className={meta?.headerClassName}
      // Like the body cells: a table may size its columns by their header (a fixed layout).
      data-column={isGroup ? undefined : column.id}
      title={meta?.headerTitle}
      aria-sort={meta?.sort}
    >
      {renderHeader(header)}
    </th>
  );
}

/**
 * A row renders again only when its data, the columns or its class change: a page re-rendering around
 * the table (busy, a search typed, a dialog opened) does not re-render every cell's controls, and after
 * a refetch only the rows whose data changed do (the query cache keeps unchanged rows' identity).
 * `columns` is compared, not read: the cells come from it through the row.
 */
const BodyRow = memo(function BodyRow<T>({ row, className }: BodyRowProps<T>) {
  return (
    <tr className={className}>
      {row.getVisibleCells().map((cell) => {
        const meta = cell.column.columnDef.meta;
        const own = meta?.cellProps?.(row.original);
        const props = {
          className: [meta?.className, own?.className].filter(Boolean).join(' ') || undefined,
          title: own?.title,
          'data-column': cell.column.id,
        };
        const content = renderCell(cell);
        return meta?.rowHeader ? (
          <th key={cell.id} scope="row" {...props}>
            {content}
          </th>
        ) : (
          <td key={cell.id} {...props}>
            {content}
          </td>
        );
      })}
    </tr>
  );
}, sameRow) as <T>(props: BodyRowProps<T>) => ReactNode;

interface BodyRowProps<T> {
  row: Row<T>;
  columns: ColumnDef<T, unknown>[];
  className?: string;
}

function sameRow<T>(a: BodyRowProps<T>, b: BodyRowProps<T>): boolean {
  return (
    a.row.id === b.row.id &&
    a.row.original === b.row.original &&
    a.columns === b.columns &&
    a.className === b.className
  );
}

/** A column of the row's own name, set in the name style (a run, a service account). */
export function nameColumn<T extends { name: string }>(id: string, header: string): ColumnDef<T> {
  return { id, header, meta: { className: 'team-name' }, cell: ({ row }) => row.original.name };
}

/** A header only screen readers hear (e.g. "Actions" over a column of buttons). */
export const hiddenHeader = (label: string) => () => <span className="visually-hidden">{label}</span>;

/** A header's content, called like a cell's (below): a sort button keeps its focus when the sort changes. */
function renderHeader<T>(header: Header<T, unknown>): ReactNode {
  const def = header.column.columnDef.header;
  return typeof def === 'function' ? def(header.getContext()) : (def ?? null);
}

/**
 * A cell's content. Column definitions are plain functions of the row that return elements; calling them
 * (rather than flexRender's <Cell/>) keeps the elements' types stable when the columns are rebuilt, so a
 * re-render (a refetch, a selection) never remounts a cell and closes a select someone has open.
 */
function renderCell<T>(cell: Cell<T, unknown>): ReactNode {
  const def = cell.column.columnDef.cell;
  return typeof def === 'function' ? def(cell.getContext()) : (def ?? null);
}
