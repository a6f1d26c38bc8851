// "Custom role permissions": what the role will grant, inherited and added apart; added ones removable.
import type { PermissionInfo } from '../../../api/roles';
import { Button } from '../../../components/ui/button';

export function RolePermissionsSummary({
  catalog,
  inherited,
  baseLabel,
  added,
  onRemove,
}: {
  catalog: PermissionInfo[];
  inherited: readonly string[];
  baseLabel: string;
  added: readonly string[];
  onRemove: (id: string) => void;
}) {
  const describe = (id: string) => catalog.find((p) => p.id === id)?.description ?? '';
  return (
    <section className="role-summary" aria-labelledby="role-summary-title">
      <h3 id="role-summary-title" className="role-summary-title">
        Custom role permissions
      </h3>
      <p className="muted small">
        {inherited.length + added.length} in all: {inherited.length} inherited, {added.length} added.
      </p>
      <h4 className="role-summary-heading">Added ({added.length})</h4>
      {added.length === 0 ? (
        <p className="muted small">None yet. Add at least one permission {baseLabel} does not have.</p>
      ) : (
        <ul className="plain-list plain-list-tight role-summary-list" aria-label="Added permissions">
          {added.map((id) => (
            <li key={id} className="role-summary-item">
              <span>
                <code>{id}</code>
                <span className="permission-description">{describe(id)}</span>
              </span>
              <Button size="sm" variant="ghost" aria-label={`Remove ${id}`} onClick={() => onRemove(id)}>
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      <details className="role-summary-inherited">
        <summary>
          Inherited from {baseLabel} ({inherited.length})
        </summary>
        <ul
          className="plain-list plain-list-tight role-summary-list"
          aria-label={`Inherited from ${baseLabel}`}
        >
          {inherited.map((id) => (
            <li key={id} className="role-summary-item role-summary-locked">
              <code>{id}</code>
              <span className="permission-tag">Locked</span>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
