import {
  MutationCache,
  QueryCache,
  QueryClient,
  partialMatchKey,
  type QueryKey,
} from '@tanstack/react-query';
import { ApiError } from '../api/client';
import { errorKind, isRefusal, isTransient } from './errors';
import { queryKeys } from './query-keys';
import { refreshWorld } from './query-scopes';

/** Reads only: a refusal or a 404 never helps to retry, a transient failure usually does. */
export function shouldRetryRead(failureCount: number, error: unknown): boolean {
  if (isRefusal(error)) return false;
  return failureCount < (isTransient(error) ? 3 : 1);
}

/** Short waits: at a 30% failure rate most reads get through on the first retry, all within ~2 s. */
export const retryDelay = (failureCount: number): number => Math.min(300 * 2 ** failureCount, 2_000);

/**
 * The one global reaction to a failure (the surfaces are in lib/errors.ts; each read's page and each
 * change's control say what failed). A 401 means nobody is acting any more (signed out elsewhere, the
 * demo reset): the session is read again, so the header, the banner and every page follow (on the
 * shared server, to sign-in). A change refused with 412 was made on a row someone has changed since
 * (the shared server's If-Match, api/row-versions.ts): its control says so, and everything shown is read
 * again, so the person decides on what it is now.
 */
function onFailure(queryClient: QueryClient, error: unknown, failedKey?: QueryKey): void {
  if (error instanceof ApiError && error.status === 412) {
    void refreshWorld(queryClient);
    return;
  }
  const session = queryKeys.session.current();
  if (errorKind(error) !== 'signed-out' || (failedKey && partialMatchKey(failedKey, session))) return;
  void queryClient.invalidateQueries({ queryKey: session });
}

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => onFailure(queryClient, error, query.queryKey) }),
    mutationCache: new MutationCache({ onError: (error) => onFailure(queryClient, error) }),
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        refetchOnWindowFocus: false,
        retry: shouldRetryRead,
        retryDelay,
      },
      // A change is never sent twice on its own: not every change is idempotent (an invite, a
      // create), and a person must see that it failed rather than wait. See instant-change.ts.
      mutations: { retry: false },
    },
  });
  return queryClient;
}
