import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { serverSessionSchema } from '../../../api/auth';
import { queryKeys } from '../../../lib/query-keys';

/** On the shared server the answer also names who signed in (`signedInUser`), beside whom they act as. */
export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.session.current(),
    queryFn: ({ signal }) => apiRequest('/session', serverSessionSchema, { signal }),
    staleTime: 60_000,
  });

export const useSession = () => useQuery(sessionQueryOptions());
