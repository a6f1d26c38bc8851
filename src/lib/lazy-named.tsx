// React.lazy for a module's named export: pages and rarely opened dialogs load as their own chunks, so
// the first page parses only the shell and itself (issue 13's main-thread budget).
import {
  lazy,
  Suspense,
  useState,
  type ComponentType,
  type LazyExoticComponent,
  type ReactNode,
} from 'react';

export function lazyNamed<P extends object, K extends string>(
  load: () => Promise<{ [key in K]: ComponentType<P> }>,
  name: K,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(async () => ({ default: (await load())[name] }));
}

/** True from the first time `open` is true: a lazily loaded dialog mounts when first opened and then
 * stays mounted, so it closes (and returns focus) exactly as an eager one does. */
function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened || open;
}

/** A lazily loaded dialog: mounted from its first opening, loading silently (the click opens it). */
export function MountOnFirstOpen({ open, children }: { open: boolean; children: ReactNode }) {
  return useOpenedOnce(open) ? <Suspense fallback={null}>{children}</Suspense> : null;
}
