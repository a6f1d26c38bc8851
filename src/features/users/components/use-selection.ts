// Which member rows are selected for a bulk action. The selection belongs to one view of the list:
// changing the search, filters, sort or page starts afresh (derived, no effect needed).
import { useMemo, useState } from 'react';
import type { UserRow, UsersQuery } from '../../../api/users';
import type { Selection } from './users-columns';

const NONE: ReadonlySet<string> = new Set();

export function useSelection(query: UsersQuery, rows: UserRow[] | undefined) {
  const viewKey = JSON.stringify(query);
  const [state, setState] = useState<{ viewKey: string; ids: ReadonlySet<string> }>({
    viewKey,
    ids: new Set(),
  });
  const ids = state.viewKey === viewKey ? state.ids : NONE;
  const selectable = useMemo(() => (rows ?? []).filter((r) => r.controls).map((r) => r.id), [rows]);
  // Only rows still on the page count (a removed member drops out of the selection).
  const selectedRows = (rows ?? []).filter((r) => r.controls && ids.has(r.id));
  // One identity per selection and page: the table's columns (and so its rows) are rebuilt only
  // when the selection itself changes, not on every render of the page.
  const selection = useMemo<Selection>(
    () => ({
      selected: ids,
      selectable,
      toggle: (id, on) => {
        const next = new Set(ids);
        if (on) next.add(id);
        else next.delete(id);
        setState({ viewKey, ids: next });
      },
      toggleAll: (on) => setState({ viewKey, ids: new Set(on ? selectable : []) }),
    }),
    [ids, selectable, viewKey],
  );
  return { selection, selectedRows, clear: () => setState({ viewKey, ids: NONE }) };
}
