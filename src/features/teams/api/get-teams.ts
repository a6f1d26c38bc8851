import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { teamsListSchema } from '../../../api/teams';

export const teamsKeys = { all: ['teams'] as const, list: (org: string) => ['teams', org, 'list'] as const };

export const teamsQueryOptions = (org: string) =>
  queryOptions({
    queryKey: teamsKeys.list(org),
    queryFn: ({ signal }) =>
      apiRequest(`/orgs/${encodeURIComponent(org)}/teams`, teamsListSchema, { signal }),
  });

export const useTeams = (org: string) => useQuery(teamsQueryOptions(org));
