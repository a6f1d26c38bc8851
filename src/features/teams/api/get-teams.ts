import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { teamsListSchema } from '../../../api/teams';
import { queryKeys } from '../../../lib/query-keys';

export const teamsQueryOptions = (org: string) =>
  queryOptions({
    queryKey: queryKeys.org.teams.list(org),
    queryFn: ({ signal }) =>
      apiRequest(`/orgs/${encodeURIComponent(org)}/teams`, teamsListSchema, { signal }),
  });

export const useTeams = (org: string) => useQuery(teamsQueryOptions(org));
