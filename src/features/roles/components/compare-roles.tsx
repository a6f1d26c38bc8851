// Compare roles: two to four roles (built-in or custom) side by side, one row per permission grouped
// by object, rows where the roles differ marked. Which roles are compared lives in the URL.
import { useEffect, useRef, useState } from 'react';
import type { RolesList } from '../../../api/roles';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Checkbox } from '../../../components/ui/checkbox';
import { DataTable } from '../../../components/ui/data-table';
import { createColumnHelper } from '@tanstack/react-table';

export const MAX_COMPARED = 4;

interface Column {
  ref: string;
  name: string;
  permissions: ReadonlySet<string>;
  added: ReadonlySet<string>;
}

export function comparableRoles(roles: RolesList): Column[] {
  return [
    ...roles.builtin.map((r) => ({
      ref: r.ref,
      name: r.name,
      permissions: new Set(r.permissions),
      added: new Set<string>(),
    })),
    ...roles.custom.map((r) => ({
      ref: r.ref,
      name: r.name,
      permissions: new Set(r.permissions),
      added: new Set(r.added),
    })),
  ];
}

type Permission = RolesList['catalog'][number];
const col = createColumnHelper<Permission>();

/** One row per permission (it names the row), one column per compared role. */
const compareColumns = (columns: Column[], differs: (id: string) => boolean) => [
  col.display({
    id: 'permission',
    header: 'Permission',
    meta: { rowHeader: true, className: 'compare-permission' },
    cell: ({ row: { original: p } }) => (
      <>
        <code>{p.id}</code> <span className="muted small">{p.description}</span>
        {differs(p.id) ? <Badge tone="warning">Differs</Badge> : null}
      </>
    ),
  }),
  ...columns.map((c) =>
    col.display({
      id: c.ref,
      header: c.name,
      meta: { className: 'compare-cell', headerClassName: 'compare-cell' },
      cell: ({ row: { original: p } }) =>
        c.permissions.has(p.id) ? (
          <span className="compare-yes">
            <span aria-hidden="true">✓</span> {c.added.has(p.id) ? 'Added' : 'Granted'}
          </span>
        ) : (
          <span className="compare-no">
            <span aria-hidden="true">—</span>
            <span className="visually-hidden">Not granted</span>
          </span>
        ),
    }),
  ),
];

export function CompareRoles({
  roles,
  selected,
  onChange,
  onClose,
  focusKey,
}: {
  roles: RolesList;
  selected: string[];
  /** Changes when a row's Compare asks for the comparison: it then scrolls into view and takes focus. */
  focusKey: number;
  onChange: (refs: string[]) => void;
  onClose: () => void;
}) {
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusKey === 0) return;
    ref.current?.scrollIntoView({ block: 'start' });
    ref.current?.focus({ preventScroll: true });
  }, [focusKey]);
  const all = comparableRoles(roles);
  const columns = selected.map((ref) => all.find((c) => c.ref === ref)).filter((c): c is Column => !!c);
  const differs = (id: string) => new Set(columns.map((c) => c.permissions.has(id))).size > 1;
  const differing = roles.catalog.filter((p) => differs(p.id)).length;
  return (
    <section className="compare" aria-labelledby="compare-title" id="compare" tabIndex={-1} ref={ref}>
      <header className="section-header">
        <h2 id="compare-title" className="section-title">
          Compare roles
        </h2>
        <Button size="sm" variant="ghost" onClick={onClose}>
          Close comparison
        </Button>
      </header>
      <fieldset className="compare-picker">
        <legend className="field-label">Roles to compare (2 to {MAX_COMPARED})</legend>
        {all.map((c) => {
          const on = selected.includes(c.ref);
          return (
            <Checkbox
              key={c.ref}
              label={c.name}
              checked={on}
              disabled={!on && selected.length >= MAX_COMPARED}
              onChange={(next) => onChange(next ? [...selected, c.ref] : selected.filter((r) => r !== c.ref))}
            />
          );
        })}
      </fieldset>
      {columns.length < 2 ? (
        <p className="muted">Pick at least {2 - columns.length} more role to see them side by side.</p>
      ) : (
        <>
          <div className="row">
            <p className="muted small" role="status">
              {differing === 0
                ? 'These roles grant the same permissions.'
                : `${differing} of ${roles.catalog.length} permissions differ.`}
            </p>
            <Checkbox label="Show only differences" checked={onlyDifferences} onChange={setOnlyDifferences} />
          </div>
          <DataTable
            caption={`Permission matrix of ${columns.map((c) => c.name).join(', ')}`}
            className="table compare-matrix"
            columns={compareColumns(columns, differs)}
            sections={roles.groups.map((g) => ({
              id: g.id,
              label: g.label,
              rows: roles.catalog.filter((p) => p.group === g.id && (!onlyDifferences || differs(p.id))),
            }))}
            getRowId={(p) => p.id}
            rowClassName={(p) => (differs(p.id) ? 'compare-differs' : undefined)}
          />
        </>
      )}
    </section>
  );
}
