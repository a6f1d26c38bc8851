import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { candidatesSchema } from '../../../api/session';
import { queryKeys } from '../../../lib/query-keys';

export const candidatesQueryOptions = (q: string) =>
  queryOptions({
    queryKey: queryKeys.session.candidates(q),
    queryFn: ({ signal }) =>
      apiRequest(`/session/candidates?q=${encodeURIComponent(q)}`, candidatesSchema, { signal }),
    placeholderData: keepPreviousData,
  });

export const useCandidates = (q: string, enabled: boolean) =>
  useQuery({ ...candidatesQueryOptions(q), enabled });
