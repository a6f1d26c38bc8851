import type { QueryClient } from '@tanstack/react-query';
import type { Session } from '../../../api/session';
import { queryKeys } from '../../../lib/query-keys';
import { forgetEveryone } from '../../../lib/query-scopes';

/** Someone is signed in now: nothing asked before stays, and their session is known without asking. */
export function signedIn(queryClient: QueryClient, session: Session): void {
  forgetEveryone(queryClient);
  queryClient.setQueryData(queryKeys.session.current(), session);
  queryClient.setQueryData(queryKeys.auth.setup(), { needsFirstAdmin: false });
}
