import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';
import { forgetEveryone } from '../../../lib/query-scopes';

/**
 * Someone is signed in now: nothing asked before stays (it was asked as nobody, or as someone else).
 * The console asks for their session as it opens (GET /api/session names who signed in, which the
 * sign-in answer does not).
 */
export function signedIn(queryClient: QueryClient): void {
  forgetEveryone(queryClient);
  queryClient.setQueryData(queryKeys.auth.setup(), { needsFirstAdmin: false });
}
