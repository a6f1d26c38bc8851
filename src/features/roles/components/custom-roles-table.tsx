// Custom roles: description, base role, added permissions, who holds them; compare, edit, delete.
import type { CustomRoleSummary, RolesList } from '../../../api/roles';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Guarded } from '../../../components/ui/guarded';
import { WhyButton } from '../../../components/ui/why-button';
import { CompareButton } from './compare-button';
import { roleNameColumn } from './role-name';
import { createColumnHelper } from '@tanstack/react-table';
import { DataTable, hiddenHeader } from '../../../components/ui/data-table';
import { plural } from '../../../lib/format';

function HeldBy({ role }: { role: CustomRoleSummary }) {
  const { people, teamRoles, projectRoles } = role.holders;
  if (people === 0) return <span className="muted">No one yet</span>;
  return (
    <span>
      {plural(people, 'person', 'people')}
      {/* Each count on one line; narrow (1024 px), the line breaks only between them. */}
      <span className="muted small block">
        <span className="nowrap">{plural(teamRoles, 'team role')} ·</span>{' '}
        <span className="nowrap">{plural(projectRoles, 'project role')}</span>
      </span>
    </span>
  );
}

const col = createColumnHelper<CustomRoleSummary>();

export function CustomRolesTable({
  roles,
  onCompare,
  onEdit,
  onDelete,
}: {
  roles: RolesList;
  onCompare: (ref: string) => void;
  onEdit: (role: CustomRoleSummary) => void;
  onDelete: (role: CustomRoleSummary) => void;
}) {
  // Someone who may change none of them (the page's Read-only note says why, once) gets Compare only,
  // not a column of disabled Edit and Delete with a Why? on every row (ADR 0023).
  const readOnly =
    !roles.viewer.canCreate.allowed && roles.custom.every((r) => !r.edit.allowed && !r.remove.allowed);
  const columns = [
    roleNameColumn<CustomRoleSummary>(),
    col.display({
      id: 'base',
      header: 'Base role',
      cell: ({ row }) => <Badge>{row.original.baseLabel}</Badge>,
    }),
    col.display({
      id: 'added',
      header: 'Added permissions',
      cell: ({ row }) => (
        <span className="chips">
          {row.original.added.map((id) => (
            <code key={id} className="chip chip-added">
              {id}
            </code>
          ))}
        </span>
      ),
    }),
    col.display({ id: 'heldBy', header: 'Held by', cell: ({ row }) => <HeldBy role={row.original} /> }),
    col.display({
      id: 'actions',
      header: hiddenHeader('Actions'),
      meta: { className: 'cell-actions' },
      cell: ({ row }) =>
        readOnly ? (
          <CompareButton name={row.original.name} onCompare={() => onCompare(row.original.ref)} />
        ) : (
          <RoleActions role={row.original} onCompare={onCompare} onEdit={onEdit} onDelete={onDelete} />
        ),
    }),
  ];
  return <DataTable caption="Custom roles" columns={columns} data={roles.custom} getRowId={(r) => r.id} />;
}

/** Compare, Edit and Delete, with one "Why?" for the row's refused actions. */
function RoleActions({
  role: r,
  onCompare,
  onEdit,
  onDelete,
}: {
  role: CustomRoleSummary;
  onCompare: (ref: string) => void;
  onEdit: (role: CustomRoleSummary) => void;
  onDelete: (role: CustomRoleSummary) => void;
}) {
  return (
    <span className="row-actions">
      <CompareButton name={r.name} onCompare={() => onCompare(r.ref)} />
      <Guarded decision={r.edit} why={false}>
        <Button size="sm" aria-label={`Edit ${r.name}`} disabled={!r.edit.allowed} onClick={() => onEdit(r)}>
          Edit
        </Button>
      </Guarded>
      <Guarded decision={r.remove} why={false}>
        <Button
          size="sm"
          variant="danger"
          aria-label={`Delete ${r.name}`}
          disabled={!r.remove.allowed}
          onClick={() => onDelete(r)}
        >
          Delete
        </Button>
      </Guarded>
      {/* One "Why?" for the row's refused actions, so a read-only table stays readable. */}
      {!r.edit.allowed || !r.remove.allowed ? (
        <WhyButton
          title={`Why can’t you change ${r.name}?`}
          refusals={[
            ...(r.edit.allowed ? [] : [{ label: `Edit ${r.name}`, decision: r.edit }]),
            ...(r.remove.allowed ? [] : [{ label: `Delete ${r.name}`, decision: r.remove }]),
          ]}
        />
      ) : null}
    </span>
  );
}
