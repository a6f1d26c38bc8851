// The change half of "a control shows only what the server confirmed" (ADR 0012; the control half is
// components/ui/instant-save.ts). A change that succeeded is written into the cache from the server's
// answer at once, so the control never waits for, nor depends on, a refresh: if the refresh that
// follows fails, the confirmed value stays and the query client retries the read. A change that
// failed leaves the cache as it was (the last confirmed value) and re-reads too, in case the server
// holds something else by now (a conflict, someone else's change).
import {
  useMutation,
  useQueryClient,
  type QueryClient,
  type QueryKey,
  type UseMutationResult,
} from '@tanstack/react-query';

export interface ConfirmedMutationOptions<TVars, TResult> {
  mutationFn: (vars: TVars) => Promise<TResult>;
  /** Writes what the server answered into the cached reads that show it (see confirmData). */
  confirm?: (queryClient: QueryClient, result: TResult, vars: TVars) => void;
  /** Marks stale whatever else may show the change; not awaited, so the control is free at once. */
  refresh?: (queryClient: QueryClient, vars: TVars, result?: TResult) => Promise<unknown>;
  /** What to re-read after a failure (default: refresh), in case the server holds something else. */
  recheck?: (queryClient: QueryClient, vars: TVars) => Promise<unknown>;
}

export function useConfirmedMutation<TVars, TResult>({
  mutationFn,
  confirm,
  refresh = () => Promise.resolve(),
  recheck = refresh,
}: ConfirmedMutationOptions<TVars, TResult>): UseMutationResult<TResult, Error, TVars> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    // Never sent twice on its own: a change is not idempotent in general, and the person must know.
    retry: false,
    onSuccess: (result, vars) => {
      confirm?.(queryClient, result, vars);
      afterNextPaint(() => void refresh(queryClient, vars, result));
    },
    onError: (_error, vars) => {
      void recheck(queryClient, vars);
    },
  });
}

/**
 * Runs `work` once the confirmed change (the control, its toast) has been painted: the re-reads that
 * follow a change would otherwise be asked first and answered on the main thread (the page forwards each
 * request to the backend) before the confirmation is drawn (issue 13's role pick). A hidden tab paints
 * no frames: the timer runs it anyway.
 */
function afterNextPaint(work: () => void): void {
  let ran = false;
  const once = () => {
    if (ran) return;
    ran = true;
    work();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 100);
}

/**
 * Sets cached data from a server answer: the query of exactly this key, or with `prefix` every query
 * under it (e.g. each cached page of a list). A read already on its way (started before the change)
 * is cancelled first, or its older answer would land on top of the confirmed one.
 */
export function confirmData<T>(
  queryClient: QueryClient,
  queryKey: QueryKey,
  update: (old: T | undefined) => T | undefined,
  { prefix = false } = {},
): void {
  const filters = { queryKey, exact: !prefix };
  void queryClient.cancelQueries(filters);
  queryClient.setQueriesData<T>(filters, update);
}
