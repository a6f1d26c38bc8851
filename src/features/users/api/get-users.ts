import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { usersPageSchema, type UsersQuery } from '../../../api/users';
import { queryKeys } from '../../../lib/query-keys';

function toSearch(query: UsersQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return params.toString();
}

export const usersQueryOptions = (org: string, query: UsersQuery) =>
  queryOptions({
    queryKey: queryKeys.org.users.list(org, query),
    queryFn: ({ signal }) =>
      apiRequest(`/orgs/${encodeURIComponent(org)}/users?${toSearch(query)}`, usersPageSchema, { signal }),
    // Keep the old page on screen while the next one loads: no flashing table.
    placeholderData: keepPreviousData,
  });

export const useUsers = (org: string, query: UsersQuery) => useQuery(usersQueryOptions(org, query));
