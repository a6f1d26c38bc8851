// The first column of both roles tables: a role's name, with its description under it.
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';

function RoleName({ name, description }: { name: string; description: string }) {
  return (
    <>
      <span className="role-name">{name}</span>
      {description ? <span className="muted small block">{description}</span> : null}
    </>
  );
}

export function roleNameColumn<T extends { name: string; description: string }>(): ColumnDef<T> {
  return createColumnHelper<T>().display({
    id: 'role',
    header: 'Role',
    meta: { className: 'role-cell' },
    cell: ({ row: { original: r } }) => <RoleName name={r.name} description={r.description} />,
  });
}
