// Thin styling wrappers over Radix's dropdown menu, so every menu looks and behaves alike.
import * as Menu from '@radix-ui/react-dropdown-menu';
import type { ReactNode } from 'react';
import { useLightTrigger } from './use-light-trigger';
import type { Decision } from '../../api/common';
import { useAccessDrawer, type ExplainTarget } from '../../lib/explain-link';
import { reasonText } from '../../lib/reasons';

export const MenuRoot = Menu.Root;
export const MenuTrigger = Menu.Trigger;

export function MenuContent({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <Menu.Portal>
      <Menu.Content className="menu" align="end" sideOffset={6} aria-label={label} collisionPadding={8}>
        {children}
      </Menu.Content>
    </Menu.Portal>
  );
}

/**
 * A row's `…` menu: a plain button until used (use-light-trigger.ts), since tables repeat it on every
 * row. `open` may be controlled (a menu that closes itself when a dialog opens from it).
 */
export function RowMenu({
  label,
  children,
  open,
  onOpenChange,
}: {
  /** The trigger's and the menu's accessible name, e.g. "Actions for Ada". */
  label: string;
  children: ReactNode;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
}) {
  const controlled = open !== undefined && onOpenChange ? { open, onOpenChange } : undefined;
  const { live, open: shown, setOpen, trigger, lightProps } = useLightTrigger<HTMLButtonElement>(controlled);
  const className = 'btn btn-ghost btn-sm row-menu-trigger';
  const dots = <span aria-hidden="true">…</span>;
  if (!live)
    return (
      <button
        type="button"
        className={className}
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded="false"
        data-state="closed"
        {...lightProps}
      >
        {dots}
      </button>
    );
  return (
    <Menu.Root open={shown} onOpenChange={setOpen}>
      <Menu.Trigger ref={trigger} className={className} aria-label={label}>
        {dots}
      </Menu.Trigger>
      <MenuContent label={label}>{children}</MenuContent>
    </Menu.Root>
  );
}

export function MenuLabel({ children }: { children: ReactNode }) {
  return <Menu.Label className="menu-label">{children}</Menu.Label>;
}

export function MenuItem({
  children,
  onSelect,
  disabled,
}: {
  children: ReactNode;
  onSelect?: () => void;
  disabled?: boolean;
}) {
  return (
    <Menu.Item className="menu-item" onSelect={onSelect} disabled={disabled}>
      {children}
    </Menu.Item>
  );
}

/** The button that opened the menu holding `item` (Radix labels its menu with the trigger's id). */
function menuTriggerOf(item: EventTarget | null): HTMLElement | null {
  const id = item instanceof Element ? item.closest('[role="menu"]')?.getAttribute('aria-labelledby') : null;
  return id ? document.getElementById(id) : null;
}

/**
 * An action the server may refuse: disabled with the reason while refused ("Checking…" until the
 * decision arrives), followed by a "Why is … unavailable?" item that opens the access drawer.
 */
export function GuardedMenuItem({
  decision,
  children,
  onSelect,
  danger = false,
  explain,
}: {
  decision: Decision | undefined;
  children: string;
  onSelect: () => void;
  danger?: boolean;
  explain?: ExplainTarget;
}) {
  const openDrawer = useAccessDrawer();
  const refused = decision !== undefined && !decision.allowed;
  const why = `Why is “${children}” unavailable?`;
  return (
    <>
      <Menu.Item className="menu-item" disabled={!decision?.allowed} onSelect={onSelect}>
        <span className="menu-item-stack">
          <span className={danger && decision?.allowed ? 'danger-text' : undefined}>{children}</span>
          {refused ? <span className="menu-item-reason">{reasonText(decision)}</span> : null}
          {decision ? null : <span className="menu-item-reason">Checking…</span>}
        </span>
      </Menu.Item>
      {refused && openDrawer ? (
        <Menu.Item
          className="menu-item menu-item-why"
          onSelect={(event) =>
            openDrawer(
              { kind: 'why', title: why, refusals: [{ label: children, decision }], explain },
              menuTriggerOf(event.currentTarget),
            )
          }
        >
          {why}
        </Menu.Item>
      ) : null}
    </>
  );
}

export const MenuSeparator = () => <Menu.Separator className="menu-separator" />;
