// "Search permissions": the catalog grouped by object, searchable by id or by words of the
// description. The base role's permissions are shown included and locked; the rest can be added.
import { useState } from 'react';
import type { PermissionInfo, RolesList } from '../../../api/roles';
import { Checkbox } from '../../../components/ui/checkbox';
import { SearchField } from '../../../components/ui/search-field';

/** Every word of the query must appear in the id or the description. */
function matches(p: PermissionInfo, query: string): boolean {
  const text = `${p.id} ${p.description}`.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => text.includes(word));
}

export function PermissionPicker({
  groups,
  catalog,
  inherited,
  baseLabel,
  added,
  onToggle,
  invalid,
}: {
  groups: RolesList['groups'];
  catalog: PermissionInfo[];
  inherited: ReadonlySet<string>;
  baseLabel: string;
  added: readonly string[];
  onToggle: (id: string, on: boolean) => void;
  invalid: boolean;
}) {
  const [query, setQuery] = useState('');
  const shown = catalog.filter((p) => matches(p, query));
  return (
    <div className="permission-picker">
      <SearchField
        label="Search permissions"
        layout="above"
        placeholder="e.g. launch, queue, artifact:delete"
        value={query}
        onSearch={setQuery}
        autoComplete="off"
      />
      <div className={`permission-groups ${invalid ? 'permission-groups-invalid' : ''}`}>
        {shown.length === 0 ? <p className="muted small">No permission matches “{query}”.</p> : null}
        {groups.map((g) => {
          const items = shown.filter((p) => p.group === g.id);
          if (items.length === 0) return null;
          return (
            <fieldset key={g.id} className="permission-group">
              <legend className="permission-group-title">{g.label}</legend>
              {items.map((p) => {
                const locked = inherited.has(p.id);
                return (
                  <div key={p.id} className={`permission-row ${locked ? 'permission-locked' : ''}`}>
                    <Checkbox
                      checked={locked || added.includes(p.id)}
                      disabled={locked}
                      onChange={(on) => onToggle(p.id, on)}
                      label={
                        <span className="permission-label">
                          <code>{p.id}</code>
                          <span className="permission-description">{p.description}</span>
                          {locked ? <span className="permission-tag">Included in {baseLabel}</span> : null}
                        </span>
                      }
                    />
                  </div>
                );
              })}
            </fieldset>
          );
        })}
      </div>
    </div>
  );
}
