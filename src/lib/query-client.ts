import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';

/**
 * The backend could not be reached, or said it is briefly unavailable (503: also the demo panel's
 * "Simulated network failure"). Asking again may well work, and a read changes nothing.
 */
export function isTransient(error: unknown): boolean {
  return error instanceof ApiError && [0, 502, 503, 504].includes(error.status);
}

/**
 * The server refused the read (401, 403, 404, …): asking again does not help, and what was shown before
 * must go, since the viewer may no longer see it.
 */
export function isRefusal(error: unknown): boolean {
  return error instanceof ApiError && error.status >= 400 && error.status < 500;
}

/** Reads only: a refusal or a 404 never helps to retry, a transient failure usually does. */
export function shouldRetryRead(failureCount: number, error: unknown): boolean {
  if (isRefusal(error)) return false;
  return failureCount < (isTransient(error) ? 3 : 1);
}

/** Short waits: at a 30% failure rate most reads get through on the first retry, all within ~2 s. */
export const retryDelay = (failureCount: number): number => Math.min(300 * 2 ** failureCount, 2_000);

export function createQueryClient(): QueryClient {
  return new QueryClient({
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
}
