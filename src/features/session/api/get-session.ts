import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { sessionSchema } from '../../../api/session';

export const sessionKey = ['session'] as const;

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: sessionKey,
    queryFn: ({ signal }) => apiRequest('/session', sessionSchema, { signal }),
    staleTime: 60_000,
  });

export const useSession = () => useQuery(sessionQueryOptions());
