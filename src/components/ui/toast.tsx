// Toasts: short confirmations after a change, with an optional action such as Undo.
import * as RadixToast from '@radix-ui/react-toast';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export interface ToastInput {
  title: string;
  description?: string;
  tone?: 'success' | 'danger' | 'info';
  /** e.g. { label: 'Undo', onAction: () => … }; the toast then stays 10 seconds. */
  action?: { label: string; onAction: () => void };
}
interface ToastItem extends ToastInput {
  id: number;
}

const ToastContext = createContext<(toast: ToastInput) => void>(() => undefined);

export function ToastProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<ToastItem[]>([]);
  const push = useCallback((toast: ToastInput) => {
    setItems((current) => [...current.slice(-2), { ...toast, id: Date.now() + Math.random() }]);
  }, []);
  const remove = (id: number) => setItems((current) => current.filter((t) => t.id !== id));
  return (
    <ToastContext.Provider value={push}>
      <RadixToast.Provider swipeDirection="right">
        {children}
        {items.map((t) => (
          <RadixToast.Root
            key={t.id}
            className={`toast toast-${t.tone ?? 'success'}`}
            duration={t.action ? 10_000 : 5_000}
            onOpenChange={(open) => {
              if (!open) remove(t.id);
            }}
          >
            <RadixToast.Title className="toast-title">{t.title}</RadixToast.Title>
            {t.description ? <RadixToast.Description className="toast-description">{t.description}</RadixToast.Description> : null}
            {t.action ? (
              <RadixToast.Action className="btn btn-sm" altText={t.action.label} onClick={t.action.onAction}>
                {t.action.label}
              </RadixToast.Action>
            ) : null}
            <RadixToast.Close className="toast-close" aria-label="Dismiss">
              ×
            </RadixToast.Close>
          </RadixToast.Root>
        ))}
        <RadixToast.Viewport className="toast-viewport" label="Notifications ({hotkey})" />
      </RadixToast.Provider>
    </ToastContext.Provider>
  );
}

export function useToast(): (toast: ToastInput) => void {
  const push = useContext(ToastContext);
  return useMemo(() => push, [push]);
}
