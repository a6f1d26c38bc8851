// The Users table's columns. Admins get a selection checkbox, dropdowns for role and seats, and the
// row menu; everyone else reads plain values.
import { createColumnHelper } from '@tanstack/react-table';
import type { UserRow } from '../../../api/users';
import { Badge } from '../../../components/ui/badge';
import { Checkbox } from '../../../components/ui/checkbox';
import { Person } from '../../../components/ui/person';
import { fullDate, relativeTime } from '../../../lib/format';
import { RoleCell, SeatCell } from './member-selects';
import type { InviteSlots } from './invite-slots';
import { RowActions } from './row-actions';
import { StatusCell, TeamsCell } from './users-cells';

const col = createColumnHelper<UserRow>();

export interface Selection {
  selected: ReadonlySet<string>;
  /** The member rows of the page that can be selected. */
  selectable: string[];
  toggle: (id: string, on: boolean) => void;
  toggleAll: (on: boolean) => void;
}

function selectColumn(selection: Selection) {
  const { selected, selectable } = selection;
  const count = selectable.filter((id) => selected.has(id)).length;
  return col.display({
    id: 'select',
    header: () => (
      <Checkbox
        label="Select all members on this page"
        hideLabel
        checked={count === 0 ? false : count === selectable.length ? true : 'indeterminate'}
        disabled={selectable.length === 0}
        onChange={selection.toggleAll}
      />
    ),
    cell: ({ row: { original: r } }) =>
      r.controls ? (
        <Checkbox
          label={`Select ${r.name}`}
          hideLabel
          checked={selected.has(r.id)}
          onChange={(on) => selection.toggle(r.id, on)}
        />
      ) : null,
  });
}

export function usersColumns(
  org: string,
  orgName: string,
  selection: Selection | null,
  invites: InviteSlots,
) {
  return [
    ...(selection ? [selectColumn(selection)] : []),
    col.display({
      id: 'name',
      header: 'Name',
      // The email sits under the name (as in W&B), leaving room for the row's dropdowns.
      cell: ({ row: { original: r } }) => (
        <Person
          id={r.id}
          name={r.name}
          detail={r.username ? <span className="email">{r.email}</span> : 'Has not joined yet'}
          badges={
            <>
              {r.username ? <span className="muted small username">@{r.username}</span> : null}
              {r.isYou ? <Badge tone="accent">You</Badge> : null}
            </>
          }
        />
      ),
    }),
    col.display({ id: 'role', header: 'Org role', cell: ({ row }) => <RoleCell row={row.original} /> }),
    col.display({
      id: 'seat',
      header: 'Models seat',
      cell: ({ row }) => <SeatCell row={row.original} field="modelsSeat" />,
    }),
    col.display({
      id: 'weave',
      header: 'Weave access',
      cell: ({ row }) => <SeatCell row={row.original} field="weaveAccess" />,
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
      cell: ({ row }) => <RowActions row={row.original} org={org} orgName={orgName} invites={invites} />,
    }),
  ];
}
