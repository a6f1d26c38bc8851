// Built-in roles (Admin, Member, View-Only, Service): what each is for and its full permission list.
import type { RolesList } from '../../../api/roles';
import { CompareButton } from './compare-button';
import { DataTable } from '../../../components/ui/table';
import { plural } from '../../../lib/format';

export function PermissionList({ roles, permissions }: { roles: RolesList; permissions: readonly string[] }) {
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

export function BuiltinRolesTable({
  roles,
  onCompare,
}: {
  roles: RolesList;
  onCompare: (ref: string) => void;
}) {
  return (
    <DataTable
      caption="Built-in roles"
      columns={[
        'Role',
        'Permissions',
        { key: 'actions', node: <span className="visually-hidden">Actions</span> },
      ]}
    >
      {roles.builtin.map((r) => (
        <tr key={r.ref}>
          <td className="role-cell">
            <span className="role-name">{r.name}</span>
            <span className="muted small block">{r.description}</span>
          </td>
          <td>
            <details className="permission-details">
              <summary>{plural(r.permissions.length, 'permission')}</summary>
              <PermissionList roles={roles} permissions={r.permissions} />
            </details>
          </td>
          <td className="cell-actions">
            <CompareButton name={r.name} onCompare={() => onCompare(r.ref)} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
