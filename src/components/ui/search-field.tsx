// A search box and its label, the one search input of the console's filters and pickers. The label is
// for screen readers only (the placeholder says it on screen), above the box, or beside it.
import type { InputHTMLAttributes } from 'react';

const LAYOUTS = {
  hidden: { wrapper: 'search-field', label: 'visually-hidden' },
  above: { wrapper: 'search-field search-field-above', label: 'field-label' },
  beside: { wrapper: 'field-inline', label: 'field-label' },
} as const;

export function SearchField({
  label,
  layout = 'hidden',
  className,
  inputClassName,
  onSearch,
  placeholder = label,
  ...input
}: {
  /** The accessible name; also the placeholder unless one is given. */
  label: string;
  layout?: keyof typeof LAYOUTS;
  /** Added to the wrapper's class. */
  className?: string;
  inputClassName?: string;
  onSearch: (text: string) => void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'onChange' | 'className'>) {
  const classes = LAYOUTS[layout];
  return (
    <label className={className ? `${classes.wrapper} ${className}` : classes.wrapper}>
      <span className={classes.label}>{label}</span>
      <input
        className={inputClassName ? `input ${inputClassName}` : 'input'}
        type="search"
        placeholder={placeholder}
        onChange={(e) => onSearch(e.target.value)}
        {...input}
      />
    </label>
  );
}
