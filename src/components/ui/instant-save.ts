// The control half of "a control shows only what the server confirmed" (ADR 0012; the change half is
// lib/confirmed-mutation.ts), for every control that saves at once (switches, role and seat selects).
// While a change is on its way the control shows the value being saved, busy; then it shows only the
// confirmed value it is given (the cache, which the change's answer has updated); if the change
// failed, that is still the last confirmed value, and the control says what failed and that nothing
// changed, until it is changed again.
import { notifyManager } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { errorMessage } from '../../lib/errors';

type Entry<TValue> = { phase: 'pending'; value: TValue } | { phase: 'failed'; message: string };

export interface ControlState<TValue> {
  /** What the control shows. */
  value: TValue;
  /** A request for it is in flight: show it busy, and let it wait. */
  saving: boolean;
  /** Why its last change failed (nothing changed), or null. */
  failure: string | null;
}

export type SaveOutcome<T> = { ok: true; result: T } | { ok: false; error: unknown };

export interface InstantSave<TValue> {
  state: (key: string, confirmed: TValue) => ControlState<TValue>;
  /** Some control of this group is waiting for the server. */
  busy: boolean;
  /** Some control whose key starts with `prefix` is (e.g. any select of one table row). */
  busyUnder: (prefix: string) => boolean;
  /** Shows `value` while something other than the save is in flight or asked (a preview, a dialog). */
  hold: (key: string, value: TValue) => void;
  /** Back to the confirmed value, nothing said (a dialog was cancelled, or it said why itself). */
  release: (key: string) => void;
  /** Back to the confirmed value, saying why the change did not happen. */
  fail: (key: string, error: unknown) => void;
  /** Shows `value` until `work` (the confirmed mutation) settles; never throws. */
  save: <T>(key: string, value: TValue, work: () => Promise<T>) => Promise<SaveOutcome<T>>;
}

export const failureText = (error: unknown): string => errorMessage(error);

export function useInstantSave<TValue>(): InstantSave<TValue> {
  const [entries, setEntries] = useState<ReadonlyMap<string, Entry<TValue>>>(() => new Map());
  // Counts each key's changes, so a late release never undoes a newer hold of the same control.
  const generations = useRef(new Map<string, number>());
  const put = useCallback((key: string, entry: Entry<TValue> | null) => {
    generations.current.set(key, (generations.current.get(key) ?? 0) + 1);
    setEntries((current) => {
      const next = new Map(current);
      if (entry) next.set(key, entry);
      else next.delete(key);
      return next;
    });
  }, []);
  const hold = useCallback((key: string, value: TValue) => put(key, { phase: 'pending', value }), [put]);
  // After a success the answer is in the cache, but its readers hear of it through the query client's
  // queue: let go after them, or the control would flash the old value for a frame.
  const release = useCallback(
    (key: string) => {
      const generation = generations.current.get(key);
      notifyManager.schedule(() => {
        if (generations.current.get(key) === generation) put(key, null);
      });
    },
    [put],
  );
  const fail = useCallback(
    (key: string, error: unknown) => put(key, { phase: 'failed', message: failureText(error) }),
    [put],
  );
  const save = useCallback(
    async <T>(key: string, value: TValue, work: () => Promise<T>): Promise<SaveOutcome<T>> => {
      put(key, { phase: 'pending', value });
      try {
        const result = await work();
        release(key);
        return { ok: true, result };
      } catch (error) {
        fail(key, error);
        return { ok: false, error };
      }
    },
    [put, release, fail],
  );
  const state = useCallback(
    (key: string, confirmed: TValue): ControlState<TValue> => {
      const entry = entries.get(key);
      if (entry?.phase === 'pending') return { value: entry.value, saving: true, failure: null };
      return { value: confirmed, saving: false, failure: entry?.message ?? null };
    },
    [entries],
  );
  const busyUnder = useCallback(
    (prefix: string) => [...entries].some(([key, e]) => e.phase === 'pending' && key.startsWith(prefix)),
    [entries],
  );
  const busy = busyUnder('');
  return useMemo(
    () => ({ state, busy, busyUnder, hold, release, fail, save }),
    [state, busy, busyUnder, hold, release, fail, save],
  );
}
