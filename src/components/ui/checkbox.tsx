import * as RadixCheckbox from '@radix-ui/react-checkbox';
import { useId, type ReactNode } from 'react';

export function Checkbox({
  label,
  checked,
  onChange,
  disabled,
  hideLabel = false,
}: {
  label: ReactNode;
  checked: boolean | 'indeterminate';
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  hideLabel?: boolean;
}) {
  const id = useId();
  return (
    <span className="checkbox-field">
      <RadixCheckbox.Root
        id={id}
        className="checkbox"
        checked={checked}
        disabled={disabled}
        onCheckedChange={(v) => onChange(v === true)}
      >
        <RadixCheckbox.Indicator className="checkbox-indicator">
          {checked === 'indeterminate' ? '–' : '✓'}
        </RadixCheckbox.Indicator>
      </RadixCheckbox.Root>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'checkbox-label'}>
        {label}
      </label>
    </span>
  );
}
