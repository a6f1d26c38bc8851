// Custom roles: description, base role, added permissions, who holds them; compare, edit, delete.
import type { CustomRoleSummary, RolesList } from '../../../api/roles';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Guarded } from '../../../components/ui/guarded';
import { WhyButton } from '../../../components/ui/why-button';
import { CompareButton } from './compare-button';
import { DataTable } from '../../../components/ui/table';
import { plural } from '../../../lib/format';

function HeldBy({ role }: { role: CustomRoleSummary }) {
  const { people, teamRoles, projectRoles } = role.holders;
  if (people === 0) return <span className="muted">No one yet</span>;
  return (
    <span>
      {plural(people, 'person', 'people')}
      <span className="muted small block">
        {plural(teamRoles, 'team role')} · {plural(projectRoles, 'project role')}
      </span>
    </span>
  );
}

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
  return (
    <DataTable
      caption="Custom roles"
      columns={[
        'Role',
        'Base role',
        'Added permissions',
        'Held by',
        { key: 'actions', node: <span className="visually-hidden">Actions</span> },
      ]}
    >
      {roles.custom.map((r) => (
        <tr key={r.id}>
          <td className="role-cell">
            <span className="role-name">{r.name}</span>
            {r.description ? <span className="muted small block">{r.description}</span> : null}
          </td>
          <td>
            <Badge>{r.baseLabel}</Badge>
          </td>
          <td>
            <span className="chips">
              {r.added.map((id) => (
                <code key={id} className="chip chip-added">
                  {id}
                </code>
              ))}
            </span>
          </td>
          <td>
            <HeldBy role={r} />
          </td>
          <td className="cell-actions">
            <span className="row-actions">
              <CompareButton name={r.name} onCompare={() => onCompare(r.ref)} />
              <Guarded decision={r.edit} why={false}>
                <Button
                  size="sm"
                  aria-label={`Edit ${r.name}`}
                  disabled={!r.edit.allowed}
                  onClick={() => onEdit(r)}
                >
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
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
