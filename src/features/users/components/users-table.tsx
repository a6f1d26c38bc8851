// The Users table. Sorting and paging happen on the server (the 10,000-user scenario), so the
// table library only lays out columns; headers drive the URL's sort.
import { useMemo } from 'react';
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { ORG_ROLE_LABELS, SEAT_LABELS } from '../../../api/common';
import type { UserRow, UsersQuery } from '../../../api/users';
import { Person } from '../../../components/ui/person';
import { RowActions } from './row-actions';
import { Badge } from '../../../components/ui/badge';
import { fullDate, relativeTime } from '../../../lib/format';

type SortKey = UsersQuery['sort'];
const col = createColumnHelper<UserRow>();

function TeamsCell({ row }: { row: UserRow }) {
  const shown = row.teams.slice(0, 3);
  const more = row.teams.length - shown.length;
  if (row.teams.length === 0 && row.hiddenTeamCount === 0) return <span className="muted">No teams</span>;
  return (
    <span className="chips">
      {shown.map((t) => (
        <span key={t} className="chip">
          {t}
        </span>
      ))}
      {more > 0 ? (
        <span className="chip chip-more" title={row.teams.slice(3).join(', ')}>
          +{more}
        </span>
      ) : null}
      {row.hiddenTeamCount > 0 ? (
        <span className="muted small" title="Hidden teams are visible only to their members and org admins">
          +{row.hiddenTeamCount} hidden
        </span>
      ) : null}
    </span>
  );
}

function StatusCell({ row }: { row: UserRow }) {
  if (row.status === 'active') return <Badge tone="success">Active</Badge>;
  const expires = row.invite?.expiresAt ?? '';
  if (row.status === 'expired')
    return (
      <span className="status-stack">
        <Badge tone="danger">Invite expired</Badge>
        <span className="muted small" title={fullDate(expires)}>
          {relativeTime(expires)}
        </span>
      </span>
    );
  return (
    <span className="status-stack">
      <Badge tone="info">Invited</Badge>
      <span
        className="muted small"
        title={`Sent by ${row.invite?.invitedBy ?? ''}; expires ${fullDate(expires)}`}
      >
        expires {relativeTime(expires)}
      </span>
    </span>
  );
}

const columns = (org: string) => [
  col.display({
    id: 'name',
    header: 'Name',
    cell: ({ row: { original: r } }) => (
      <Person
        id={r.id}
        name={r.name}
        detail={r.username ? `@${r.username}` : 'Has not joined yet'}
        badges={r.isYou ? <Badge tone="accent">You</Badge> : null}
      />
    ),
  }),
  col.display({
    id: 'email',
    header: 'Email',
    cell: ({ row }) => <span className="email">{row.original.email}</span>,
  }),
  col.display({
    id: 'role',
    header: 'Org role',
    cell: ({ row: { original: r } }) => (
      <span className="chips">
        <Badge tone={r.orgRole === 'admin' ? 'accent' : 'neutral'}>{ORG_ROLE_LABELS[r.orgRole]}</Badge>
        {r.isBillingAdmin ? <Badge tone="info">Billing admin</Badge> : null}
      </span>
    ),
  }),
  col.display({ id: 'seat', header: 'Models seat', cell: ({ row }) => SEAT_LABELS[row.original.modelsSeat] }),
  col.display({
    id: 'weave',
    header: 'Weave access',
    cell: ({ row }) => SEAT_LABELS[row.original.weaveAccess],
  }),
  col.display({ id: 'teams', header: 'Teams', cell: ({ row }) => <TeamsCell row={row.original} /> }),
  col.display({ id: 'status', header: 'Status', cell: ({ row }) => <StatusCell row={row.original} /> }),
  col.display({
    id: 'lastActive',
    header: 'Last active',
    cell: ({ row: { original: r } }) =>
      r.lastActiveAt ? (
        <span title={fullDate(r.lastActiveAt)}>{relativeTime(r.lastActiveAt)}</span>
      ) : (
        <span className="muted">Never</span>
      ),
  }),
  col.display({
    id: 'actions',
    header: () => <span className="visually-hidden">Actions</span>,
    cell: ({ row }) => <RowActions row={row.original} org={org} />,
  }),
];

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
  rows,
  sort,
  dir,
  onSort,
  busy,
}: {
  org: string;
  rows: UserRow[];
  sort: SortKey;
  dir: 'asc' | 'desc';
  onSort: (sort: SortKey, dir: 'asc' | 'desc') => void;
  busy: boolean;
}) {
  const cols = useMemo(() => columns(org), [org]);
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
      <table className="table" aria-busy={busy}>
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
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}
                  >
                    <button
                      type="button"
                      className={`sort-button ${active ? 'sort-active' : ''}`}
                      onClick={() => onSort(key, active && dir === 'asc' ? 'desc' : 'asc')}
                    >
                      {label}
                      <span aria-hidden="true" className="sort-arrow">
                        {active ? (dir === 'asc' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className={row.original.kind === 'invite' ? 'row-invite' : undefined}>
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
