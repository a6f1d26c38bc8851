// The access drawer: the Access page's answers beside any page. "Why?" on a refused control, "Explain
// access" on a person, "Who has access" on a project all open it; a row's "Explain" goes one level
// deeper and Back returns. The page underneath keeps its state; "Open on the Access page" keeps the
// answer as a shareable link. The dialog and its views load when a drawer first opens.
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { lazyNamed, MountOnFirstOpen } from '../../../lib/lazy-named';
import { AccessDrawerContext, type DrawerRequest, type OpenAccessDrawer } from '../../../lib/explain-link';

const AccessDrawerDialog = lazyNamed(() => import('./access-drawer-dialog'), 'AccessDrawerDialog');

export function AccessDrawerProvider({
  org,
  self,
  children,
}: {
  org: string;
  /** The acting person, explained when a request names nobody. */
  self: string;
  children: ReactNode;
}) {
  // A stack, so "Explain" inside the drawer can go back to the list it came from; kept per acting
  // person, so switching "View as" closes an answer that was about someone else's view.
  const [state, setState] = useState<{ self: string; stack: DrawerRequest[] }>({ self, stack: [] });
  const stack = state.self === self ? state.stack : [];
  const setStack = useCallback(
    (next: (s: DrawerRequest[]) => DrawerRequest[]) =>
      setState((prev) => ({ self, stack: next(prev.self === self ? prev.stack : []) })),
    [self],
  );
  const opener = useRef<HTMLElement | null>(null);
  const open = useCallback<OpenAccessDrawer>(
    (request, returnFocus) => {
      opener.current =
        returnFocus ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
      setStack(() => [request]);
    },
    [setStack],
  );
  return (
    <AccessDrawerContext.Provider value={open}>
      {children}
      <MountOnFirstOpen open={stack.length > 0}>
        <AccessDrawerDialog
          org={org}
          self={self}
          stack={stack}
          setStack={setStack}
          returnFocus={() => opener.current}
        />
      </MountOnFirstOpen>
    </AccessDrawerContext.Provider>
  );
}
