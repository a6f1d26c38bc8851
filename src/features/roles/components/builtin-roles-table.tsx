// Built-in roles (Admin, Member, View-Only, Service): what each is for and its full permission list.
import type { RolesList } from '../../../api/roles';
import { CompareButton } from './compare-button';
import { roleNameColumn } from './role-name';
import { createColumnHelper } from '@tanstack/react-table';
import { DataTable, hiddenHeader } from '../../../components/ui/data-table';
import { plural } from '../../../lib/format';

function PermissionList({ roles, permissions }: { roles: RolesList; permissions: readonly string[] }) {
  const held = new Set(permissions);
  return (
    <dl className="permission-list">
      {roles.groups.map((g) => {
        const ids = roles.catalog.filter((p) => p.group === g.id && held.has(p.id)).map((p) => p.id);
        if (ids.length === 0) return null;
        return (
          <div key={g.id} className="permission-list-group">
            <dt>{g.label}</dt>
            <dd>
              {ids.map((id) => (
                <code key={id} className="chip">
                  {id}
                </code>
              ))}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

type BuiltinRole = RolesList['builtin'][number];
const col = createColumnHelper<BuiltinRole>();

export function BuiltinRolesTable({
  roles,
  onCompare,
}: {
  roles: RolesList;
  onCompare: (ref: string) => void;
}) {
  const columns = [
    roleNameColumn<BuiltinRole>(),
    col.display({
      id: 'permissions',
      header: 'Permissions',
      cell: ({ row: { original: r } }) => (
        <details className="permission-details">
          <summary>{plural(r.permissions.length, 'permission')}</summary>
          <PermissionList roles={roles} permissions={r.permissions} />
        </details>
      ),
    }),
    col.display({
      id: 'actions',
      header: hiddenHeader('Actions'),
      meta: { className: 'cell-actions' },
      cell: ({ row: { original: r } }) => <CompareButton name={r.name} onCompare={() => onCompare(r.ref)} />,
    }),
  ];
  return (
    <DataTable caption="Built-in roles" columns={columns} data={roles.builtin} getRowId={(r) => r.ref} />
  );
}
