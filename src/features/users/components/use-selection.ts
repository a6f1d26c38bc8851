// Which member rows are selected for a bulk action. The selection belongs to one view of the list:
// changing the search, filters, sort or page starts afresh (derived, no effect needed).
import { useEffect, useMemo, useRef, useState } from 'react';
import type { UserRow, UsersQuery } from '../../../api/users';
import type { Selection } from './users-columns';

const NONE: ReadonlySet<string> = new Set();

export function useSelection(query: UsersQuery, rows: UserRow[] | undefined) {
  const viewKey = JSON.stringify(query);
  const [state, setState] = useState<{ viewKey: string; ids: ReadonlySet<string> }>({ viewKey, ids: NONE });
  const ids = state.viewKey === viewKey ? state.ids : NONE;
  const selectable = useMemo(() => (rows ?? []).filter((r) => r.controls).map((r) => r.id), [rows]);
  // Only rows still on the page count (a removed member drops out of the selection).
  const selectedRows = (rows ?? []).filter((r) => r.controls && ids.has(r.id));
  // The view a toggle belongs to is read when it happens, so a new search does not make a new selection.
  const view = useRef(viewKey);
  useEffect(() => {
    view.current = viewKey;
  }, [viewKey]);
  // One identity per selection and page: the table's columns (and so its rows) are rebuilt only when
  // the selection itself changes, not on every render of the page, nor on a keystroke in the search
  // (the rows already on screen stay as they are until the answer comes: issue 13).
  const selection = useMemo<Selection>(
    () => ({
      selected: ids,
      selectable,
      toggle: (id, on) => {
        const next = new Set(ids);
        if (on) next.add(id);
        else next.delete(id);
        setState({ viewKey: view.current, ids: next });
      },
      toggleAll: (on) => setState({ viewKey: view.current, ids: on ? new Set(selectable) : NONE }),
    }),
    [ids, selectable],
  );
  return { selection, selectedRows, clear: () => setState({ viewKey: view.current, ids: NONE }) };
}
