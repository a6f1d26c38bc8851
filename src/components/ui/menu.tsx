// Thin styling wrappers over Radix's dropdown menu, so every menu looks and behaves alike.
import * as Menu from '@radix-ui/react-dropdown-menu';
import type { ReactNode } from 'react';

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

export const MenuSeparator = () => <Menu.Separator className="menu-separator" />;
