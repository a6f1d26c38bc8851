// The Users table. Sorting and paging happen on the server (the 10,000-user scenario): headers drive
// the URL's sort, and the table only lays out the columns (users-columns.tsx).
import { useMemo } from 'react';
import type { UserRow } from '../../../api/users';
import { DataTable } from '../../../components/ui/data-table';
import type { InviteSlots } from './invite-slots';
import { usersColumns, type Selection, type Sorting } from './users-columns';

export function UsersTable({
  org,
  orgName,
  selection,
  rows,
  sorting,
  busy,
  invites,
  rowActions,
}: {
  org: string;
  orgName: string;
  /** null: the viewer may not change members (no checkboxes). */
  selection: Selection | null;
  rows: UserRow[];
  sorting: Sorting;
  busy: boolean;
  invites: InviteSlots;
  /** Whether rows may have a `…` menu (from the server's flags, so the columns stay put). */
  rowActions: boolean;
}) {
  const { sort, dir, onSort } = sorting;
  const columns = useMemo(
    () => usersColumns({ org, orgName, selection, invites, sorting: { sort, dir, onSort }, rowActions }),
    [org, orgName, selection, invites, sort, dir, onSort, rowActions],
  );
  return (
    <DataTable
      caption="Users of the organization"
      className="table users-table"
      columns={columns}
      data={rows}
      getRowId={(r) => r.id}
      busy={busy}
      rowClassName={(r) =>
        [r.kind === 'invite' ? 'row-invite' : '', selection?.selected.has(r.id) ? 'row-selected' : '']
          .join(' ')
          .trim() || undefined
      }
    />
  );
}
