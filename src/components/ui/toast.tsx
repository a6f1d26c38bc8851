// Toasts: short confirmations after a change, with an optional action such as Undo.
import * as RadixToast from '@radix-ui/react-toast';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';

const SHORTCUT = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘Z' : 'Ctrl+Z';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input:not([type=checkbox]):not([type=radio]), textarea');
}

export interface ToastInput {
  title: string;
  description?: string;
  tone?: 'success' | 'danger' | 'info';
  /** e.g. { label: 'Undo', onAction: () => … }; the toast then stays 10 seconds. */
  action?: { label: string; onAction: () => void };
}
interface ToastItem extends ToastInput {
  id: number;
  /** Who was acting when it was shown: an action (Undo) is theirs, and goes when someone else acts. */
  actor: string | null;
}

const ToastContext = createContext<(toast: ToastInput) => void>(() => undefined);
const ToastActorContext = createContext<(actor: string | null) => void>(() => undefined);

export function ToastProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<ToastItem[]>([]);
  const actor = useRef<string | null>(null);
  const push = useCallback((toast: ToastInput) => {
    setItems((current) => [
      ...current.slice(-2),
      { ...toast, id: Date.now() + Math.random(), actor: actor.current },
    ]);
  }, []);
  // Switching "View as" drops the previous person's Undo: run now, it would act as the new person.
  const setActor = useCallback((next: string | null) => {
    if (actor.current === next) return;
    actor.current = next;
    setItems((current) => current.filter((t) => !t.action || t.actor === next));
  }, []);
  const remove = useCallback((id: number) => setItems((current) => current.filter((t) => t.id !== id)), []);
  // The newest action (Undo) has a shortcut the toast names, so a keyboard user need not reach the
  // corner: Ctrl+Z (⌘Z), except in a text field, whose own undo it must not take.
  const newest = items.findLast((t) => t.action);
  useEffect(() => {
    if (!newest?.action) return;
    const { onAction } = newest.action;
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'z' || !(event.ctrlKey || event.metaKey) || event.shiftKey) return;
      if (isEditable(event.target)) return;
      event.preventDefault();
      remove(newest.id);
      onAction();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [newest, remove]);
  const viewport = useReservedHeight('--toast-stack');
  return (
    <ToastActorContext.Provider value={setActor}>
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
              {t.description ? (
                <RadixToast.Description className="toast-description">{t.description}</RadixToast.Description>
              ) : null}
              {t.action ? (
                <RadixToast.Action
                  className="btn btn-sm"
                  altText={`${t.action.label} (${SHORTCUT})`}
                  onClick={t.action.onAction}
                  aria-keyshortcuts={t === newest ? 'Control+Z Meta+Z' : undefined}
                >
                  {t.action.label}
                  {t === newest ? (
                    <kbd className="toast-kbd" aria-hidden="true">
                      {SHORTCUT}
                    </kbd>
                  ) : null}
                </RadixToast.Action>
              ) : null}
              <RadixToast.Close className="toast-close" aria-label="Dismiss">
                ×
              </RadixToast.Close>
            </RadixToast.Root>
          ))}
          <RadixToast.Viewport ref={viewport} className="toast-viewport" label="Notifications ({hotkey})" />
        </RadixToast.Provider>
      </ToastContext.Provider>
    </ToastActorContext.Provider>
  );
}

/** The shell tells toasts who is acting (see ToastItem.actor). */
export const useSetToastActor = () => useContext(ToastActorContext);

export function useToast(): (toast: ToastInput) => void {
  const push = useContext(ToastContext);
  return useMemo(() => push, [push]);
}

/**
 * Says how tall the toasts are, as a CSS variable on the page: the navigation they sit over keeps that
 * much room at its end, so a link under a toast can always be scrolled out from under it (issue 15).
 */
function useReservedHeight(variable: string) {
  const ref = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      const height = element.offsetHeight;
      if (height > 0) root.style.setProperty(variable, `${height + 12}px`);
      else root.style.removeProperty(variable);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty(variable);
    };
  }, [variable]);
  return ref;
}
