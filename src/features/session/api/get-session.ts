import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { sessionSchema } from '../../../api/session';
import { queryKeys } from '../../../lib/query-keys';

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.session.current(),
    queryFn: ({ signal }) => apiRequest('/session', sessionSchema, { signal }),
    staleTime: 60_000,
  });

export const useSession = () => useQuery(sessionQueryOptions());
