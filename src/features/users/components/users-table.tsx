// The Users table. Sorting and paging happen on the server (the 10,000-user scenario), so the
// table library only lays out columns; headers drive the URL's sort.
import { useMemo } from 'react';
import { flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import type { UserRow, UsersQuery } from '../../../api/users';
import type { InviteSlots } from './invite-slots';
import { usersColumns, type Selection } from './users-columns';
import type { ReactNode } from 'react';

type SortKey = UsersQuery['sort'];

const SORTABLE: Partial<Record<string, SortKey>> = {
  name: 'name',
  email: 'email',
  role: 'role',
  seat: 'seat',
  status: 'status',
  lastActive: 'lastActive',
};

export function UsersTable({
  org,
  orgName,
  selection,
  rows,
  sort,
  dir,
  onSort,
  busy,
  invites,
}: {
  invites: InviteSlots;
  org: string;
  orgName: string;
  /** null: the viewer may not change members (no checkboxes). */
  selection: Selection | null;
  rows: UserRow[];
  sort: SortKey;
  dir: 'asc' | 'desc';
  onSort: (sort: SortKey, dir: 'asc' | 'desc') => void;
  busy: boolean;
}) {
  const cols = useMemo(
    () => usersColumns(org, orgName, selection, invites),
    [org, orgName, selection, invites],
  );
  // No React Compiler here; the table instance is rebuilt from props each render, which is what we want.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns: cols,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (r) => r.id,
  });
  return (
    <div className="table-wrap">
      <table className="table users-table" aria-busy={busy}>
        <caption className="visually-hidden">Users of the organization</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const key = SORTABLE[header.column.id];
                const label = flexRender(header.column.columnDef.header, header.getContext());
                if (!key)
                  return (
                    <th key={header.id} scope="col">
                      {label}
                    </th>
                  );
                const active = sort === key;
                // Email sits under the name (three dropdowns must fit at 1280 px), so it sorts from here.
                const byEmail = key === 'name' && sort === 'email';
                const sortButton = (k: SortKey, text: ReactNode, on: boolean) => (
                  <button
                    type="button"
                    className={`sort-button ${on ? 'sort-active' : ''}`}
                    onClick={() => onSort(k, on && dir === 'asc' ? 'desc' : 'asc')}
                  >
                    {text}
                    <span aria-hidden="true" className="sort-arrow">
                      {on ? (dir === 'asc' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                );
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={active || byEmail ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}
                  >
                    {sortButton(key, label, active)}
                    {key === 'name' ? sortButton('email', 'Email', byEmail) : null}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr
              key={row.id}
              className={
                [
                  row.original.kind === 'invite' ? 'row-invite' : '',
                  selection?.selected.has(row.id) ? 'row-selected' : '',
                ]
                  .join(' ')
                  .trim() || undefined
              }
            >
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} data-column={cell.column.id}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
