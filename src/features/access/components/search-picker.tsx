// A searchable picker: type to ask the server, choose one of its matches. The choice lives in the URL,
// so the current one is shown by name even when it is not among the latest matches.
import { useId, useState } from 'react';
import { Button } from '../../../components/ui/button';

export interface PickerItem {
  value: string;
  label: string;
  description?: string;
}

export function SearchPicker({
  label,
  searchLabel,
  current,
  items,
  total,
  query,
  onQuery,
  onPick,
  loading = false,
}: {
  label: string;
  searchLabel: string;
  /** What is chosen now (name and description), or null. */
  current: PickerItem | null;
  items: PickerItem[];
  total: number;
  query: string;
  onQuery: (q: string) => void;
  onPick: (value: string) => void;
  /** The first matches are on their way. */
  loading?: boolean;
}) {
  const id = useId();
  const [open, setOpen] = useState(current === null);
  return (
    <fieldset className="access-picker">
      <legend className="field-label">{label}</legend>
      {current && !open ? (
        <div className="access-picker-current">
          <span>
            <strong>{current.label}</strong>
            {current.description ? <span className="muted small block">{current.description}</span> : null}
          </span>
          <Button
            size="sm"
            variant="secondary"
            onClick={() => setOpen(true)}
            aria-label={`Change ${label.toLowerCase()}`}
          >
            Change
          </Button>
        </div>
      ) : (
        <>
          <input
            className="input"
            type="search"
            aria-label={searchLabel}
            placeholder={searchLabel}
            value={query}
            onChange={(e) => onQuery(e.target.value)}
            aria-describedby={id}
          />
          <p id={id} className="muted small" aria-live="polite">
            {loading
              ? 'Loading…'
              : total === 0
                ? 'No matches'
                : `${Math.min(total, items.length)} of ${total} shown`}
          </p>
          <ul className="access-picker-results" aria-label={`${label} matches`}>
            {items.map((item) => (
              <li key={item.value}>
                <button
                  type="button"
                  className="access-picker-option"
                  aria-pressed={current?.value === item.value}
                  onClick={() => {
                    onPick(item.value);
                    setOpen(false);
                  }}
                >
                  <span>{item.label}</span>
                  {item.description ? <span className="muted small">{item.description}</span> : null}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  );
}
