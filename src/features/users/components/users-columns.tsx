// The Users table's columns. Admins get a selection checkbox, dropdowns for role and seats, and the
// row menu; everyone else reads plain values.
import { createColumnHelper } from '@tanstack/react-table';
import type { UserRow, UsersQuery } from '../../../api/users';
import { Badge } from '../../../components/ui/badge';
import { Checkbox } from '../../../components/ui/checkbox';
import { hiddenHeader } from '../../../components/ui/data-table';
import { ariaSort, SortButton, type SortDir } from '../../../components/ui/sort-button';
import { Person } from '../../../components/ui/person';
import { RoleCell, SeatCell } from './member-selects';
import type { InviteSlots } from './invite-slots';
import { RowActions } from './row-actions';
import { LastActive, StatusCell, TeamsCell } from './users-cells';

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

/** The server's sort, which the headers change. */
export interface Sorting {
  sort: SortKey;
  dir: SortDir;
  onSort: (sort: SortKey, dir: SortDir) => void;
}
type SortKey = UsersQuery['sort'];

const sortButton = ({ sort, dir, onSort }: Sorting, key: SortKey, label: string) => (
  <SortButton label={label} active={sort === key} dir={dir} onSort={(d) => onSort(key, d)} />
);

/** A header that sorts by its column. */
const sortable = (sorting: Sorting, key: SortKey, label: string) => ({
  header: () => sortButton(sorting, key, label),
  meta: { sort: ariaSort(sorting.sort === key, sorting.dir) },
});

export function usersColumns({
  org,
  orgName,
  selection,
  invites,
  sorting,
  rowActions,
}: {
  org: string;
  orgName: string;
  selection: Selection | null;
  invites: InviteSlots;
  sorting: Sorting;
  /** Whether rows may have a `…` menu (the viewer changes members or sees invites): else no column. */
  rowActions: boolean;
}) {
  return [
    ...(selection ? [selectColumn(selection)] : []),
    col.display({
      id: 'name',
      // Email sits under the name (three dropdowns must fit at 1280 px), so it sorts from here.
      header: () => (
        <>
          {sortButton(sorting, 'name', 'Name')}
          {sortButton(sorting, 'email', 'Email')}
        </>
      ),
      meta: { sort: ariaSort(sorting.sort === 'name' || sorting.sort === 'email', sorting.dir) },
      // The email sits under the name (as in W&B), leaving room for the row's dropdowns.
      cell: ({ row: { original: r } }) => (
        <Person
          id={r.id}
          name={r.name}
          detail={
            r.username ? (
              <span className="email" title={r.email}>
                {r.email}
              </span>
            ) : (
              'Has not joined yet'
            )
          }
          badges={
            <>
              {r.username ? <span className="muted small username">@{r.username}</span> : null}
              {r.isYou ? <Badge tone="accent">You</Badge> : null}
            </>
          }
        />
      ),
    }),
    col.display({
      id: 'role',
      ...sortable(sorting, 'role', 'Org role'),
      cell: ({ row }) => <RoleCell row={row.original} />,
    }),
    col.display({
      id: 'seat',
      ...sortable(sorting, 'seat', 'Models seat'),
      cell: ({ row }) => <SeatCell row={row.original} field="modelsSeat" />,
    }),
    col.display({
      id: 'weave',
      header: 'Weave access',
      cell: ({ row }) => <SeatCell row={row.original} field="weaveAccess" />,
    }),
    col.display({ id: 'teams', header: 'Teams', cell: ({ row }) => <TeamsCell row={row.original} /> }),
    col.display({
      id: 'status',
      // Narrow screens have no Last active column: it sorts from here and shows under the status.
      header: () => (
        <>
          {sortButton(sorting, 'status', 'Status')}
          <span className="narrow-only">{sortButton(sorting, 'lastActive', 'Last active')}</span>
        </>
      ),
      meta: { sort: ariaSort(sorting.sort === 'status', sorting.dir) },
      cell: ({ row }) => <StatusCell row={row.original} />,
    }),
    col.display({
      id: 'lastActive',
      header: () => sortButton(sorting, 'lastActive', 'Last active'),
      meta: { sort: ariaSort(sorting.sort === 'lastActive', sorting.dir), headerClassName: 'wide-only' },
      cell: ({ row: { original: r } }) => <LastActive at={r.lastActiveAt} />,
    }),
    ...(rowActions
      ? [
          col.display({
            id: 'actions',
            header: hiddenHeader('Actions'),
            cell: ({ row }) => (
              <RowActions row={row.original} org={org} orgName={orgName} invites={invites} />
            ),
          }),
        ]
      : []),
  ];
}
