// A labelled checkbox: the browser's own input, drawn by forms.css. Tables repeat it on every row, and
// Radix's checkbox (a button with state hooks, a presence wrapper and a measured hidden input) cost
// more to mount than the rest of a Users row's cells together (issue 13's keystroke budget).
import { useEffect, useId, useRef, type ReactNode } from 'react';

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
  const input = useRef<HTMLInputElement>(null);
  const mixed = checked === 'indeterminate';
  // "Some selected" is a property of the element, not an attribute React can set.
  useEffect(() => {
    if (input.current) input.current.indeterminate = mixed;
  }, [mixed]);
  return (
    <span className="checkbox-field">
      <input
        ref={input}
        type="checkbox"
        id={id}
        className="checkbox"
        checked={checked === true}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'checkbox-label'}>
        {label}
      </label>
    </span>
  );
}
