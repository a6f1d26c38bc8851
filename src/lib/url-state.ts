// Page state that lives in the URL, validated by a zod schema whose fields fall back to defaults, so
// deep links and reloads reproduce the view and a hand-edited URL never breaks the page.
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import type { z } from 'zod';

export interface UrlStateOptions {
  /** Replace the current history entry instead of adding one (each keystroke of a search after the first). */
  replace?: boolean;
}

export function useUrlState<S extends z.ZodType<Record<string, unknown>>>(
  schema: S,
  defaults: z.infer<S>,
): [z.infer<S>, (patch: Partial<z.infer<S>>, options?: UrlStateOptions) => z.infer<S>] {
  const [params, setParams] = useSearchParams();
  const state = useMemo(
    () => schema.parse(Object.fromEntries(params.entries())) as z.infer<S>,
    [params, schema],
  );
  // The setter keeps one identity while the URL changes: columns, headers and rows built with it
  // are not rebuilt (and re-rendered) on every keystroke of a search.
  const latest = useRef({ state, setParams });
  useLayoutEffect(() => {
    latest.current = { state, setParams };
  }, [state, setParams]);
  const update = useCallback(
    (patch: Partial<z.infer<S>>, options?: UrlStateOptions) => {
      const next: Record<string, unknown> = { ...latest.current.state, ...patch };
      const search = new URLSearchParams();
      // Only values that differ from the default are written, keeping URLs short and shareable.
      for (const [key, value] of Object.entries(next)) {
        if (value === undefined || value === null || value === '' || value === defaults[key]) continue;
        search.set(key, String(value));
      }
      latest.current.setParams(search, { replace: options?.replace ?? false });
      // The state the page will read from the new URL: a caller may ask for its data before the render.
      return schema.parse(Object.fromEntries(search.entries())) as z.infer<S>;
    },
    [defaults, schema],
  );
  return [state, update];
}
