// Modal surfaces on Radix Dialog: focus is trapped and returned, Escape closes. A centred dialog for
// decisions; a side drawer for answers read beside the page (the page stays in view behind it).
import * as RadixDialog from '@radix-ui/react-dialog';
import { useRef, type ReactNode, type RefObject } from 'react';

export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  children,
  footer,
  wide = false,
  side = false,
  headerAction,
  returnFocus,
  initialFocus,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
  wide?: boolean;
  /** A full-height sheet on the right instead of a centred dialog. */
  side?: boolean;
  /** e.g. a Back button, shown before the title. */
  headerAction?: ReactNode;
  /** Where focus goes on close, when not back to what had focus when it opened (e.g. a row's select drawn again). */
  returnFocus?: () => HTMLElement | null;
  /** What takes the focus on opening (else the first focusable element, as Radix does). */
  initialFocus?: RefObject<HTMLElement | null>;
}) {
  const kind = side ? 'drawer' : 'dialog';
  // What had focus when it opened: Radix gives focus back only to a Dialog.Trigger, and these dialogs
  // open from plain buttons, menu items and selects, so without this a closed dialog left focus on
  // the page's body.
  const opener = useRef<HTMLElement | null>(null);
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className={`${kind}-overlay`} />
        <RadixDialog.Content
          className={side ? 'drawer' : `dialog ${wide ? 'dialog-wide' : ''}`}
          onOpenAutoFocus={(event) => {
            opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
            const first = initialFocus?.current;
            if (first) {
              event.preventDefault();
              first.focus();
            }
          }}
          onCloseAutoFocus={(event) => {
            const target = returnFocus?.() ?? opener.current;
            if (target?.isConnected) {
              event.preventDefault();
              target.focus();
            }
          }}
        >
          <header className={`${kind}-header`}>
            {headerAction}
            <RadixDialog.Title className="dialog-title">{title}</RadixDialog.Title>
            {description ? (
              <RadixDialog.Description className="dialog-description">{description}</RadixDialog.Description>
            ) : (
              <RadixDialog.Description className="visually-hidden">{title}</RadixDialog.Description>
            )}
          </header>
          <div className={`${kind}-body`}>{children}</div>
          {footer ? (
            <footer className={`dialog-footer ${side ? 'drawer-footer' : ''}`}>{footer}</footer>
          ) : null}
          <RadixDialog.Close className="dialog-close" aria-label="Close">
            ×
          </RadixDialog.Close>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
