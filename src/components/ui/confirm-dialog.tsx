// Confirms a change before it happens, saying exactly what it will do. The heaviest ones ask the
// person to type a word (e.g. the team name) before the button unlocks.
import { useRef, useState, type ReactNode } from 'react';
import { Button } from './button';
import { Dialog } from './dialog';

export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  children,
  confirmLabel,
  tone = 'danger',
  typeToConfirm,
  busy = false,
  error,
  onConfirm,
  returnFocus,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: ReactNode;
  /** What will happen: the impact preview. */
  children?: ReactNode;
  confirmLabel: string;
  tone?: 'danger' | 'primary';
  typeToConfirm?: string;
  busy?: boolean;
  error?: ReactNode;
  onConfirm: () => void;
  /** Where focus goes on close when no Radix trigger opened it (see Dialog). */
  returnFocus?: () => HTMLElement | null;
}) {
  const [typed, setTyped] = useState('');
  // Focus starts on Cancel (or on the word to type): Enter never confirms what the person has not
  // read, and a long preview's first toggle is not where the decision is (issue 15).
  const cancel = useRef<HTMLButtonElement>(null);
  const word = useRef<HTMLInputElement>(null);
  const locked = typeToConfirm !== undefined && typed !== typeToConfirm;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) setTyped('');
        onOpenChange(next);
      }}
      title={title}
      description={description}
      returnFocus={returnFocus}
      initialFocus={typeToConfirm !== undefined ? word : cancel}
      footer={
        <>
          <Button ref={cancel} onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button
            variant={tone === 'danger' ? 'danger' : 'primary'}
            disabled={locked || busy}
            onClick={onConfirm}
          >
            {busy ? 'Working…' : confirmLabel}
          </Button>
        </>
      }
    >
      {children}
      {typeToConfirm !== undefined ? (
        <label className="field">
          <span className="field-label">
            Type <strong>{typeToConfirm}</strong> to confirm
          </span>
          <input
            ref={word}
            className="input"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            autoComplete="off"
          />
        </label>
      ) : null}
      {error ? (
        <div className="form-error" role="alert">
          {error}
        </div>
      ) : null}
    </Dialog>
  );
}
