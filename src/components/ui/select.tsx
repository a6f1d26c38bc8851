// A labelled single-choice select on Radix. `value === ''` means "any" where allowEmpty is set.
import * as RadixSelect from '@radix-ui/react-select';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
  /** Shown under the label, e.g. why a disabled option cannot be chosen. */
  description?: string;
}

const ANY = '__any__';

export function Select({
  label,
  value,
  options,
  onChange,
  anyLabel,
  hideLabel = false,
  disabled = false,
  size = 'md',
}: {
  label: string;
  value: string;
  options: SelectOption[];
  onChange: (value: string) => void;
  /** When set, an extra first option that maps to ''. */
  anyLabel?: string;
  hideLabel?: boolean;
  disabled?: boolean;
  size?: 'sm' | 'md';
}) {
  const all = anyLabel ? [{ value: ANY, label: anyLabel }, ...options] : options;
  const current = value === '' && anyLabel ? ANY : value;
  return (
    <div className="field-inline">
      <span className={hideLabel ? 'visually-hidden' : 'field-label'} id={`select-${label}`}>
        {label}
      </span>
      <RadixSelect.Root value={current} onValueChange={(v) => onChange(v === ANY ? '' : v)} disabled={disabled}>
        <RadixSelect.Trigger className={`select-trigger ${size === 'sm' ? 'select-sm' : ''}`} aria-label={label}>
          <RadixSelect.Value />
          <RadixSelect.Icon className="select-icon">▾</RadixSelect.Icon>
        </RadixSelect.Trigger>
        <RadixSelect.Portal>
          <RadixSelect.Content className="select-content" position="popper" sideOffset={4}>
            <RadixSelect.Viewport>
              {all.map((o) => (
                <RadixSelect.Item key={o.value} value={o.value} disabled={o.disabled} className="select-item">
                  <RadixSelect.ItemText>{o.label}</RadixSelect.ItemText>
                  {'description' in o && o.description ? <span className="select-item-description">{o.description}</span> : null}
                </RadixSelect.Item>
              ))}
            </RadixSelect.Viewport>
          </RadixSelect.Content>
        </RadixSelect.Portal>
      </RadixSelect.Root>
    </div>
  );
}
