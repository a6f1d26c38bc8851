import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { teamDetailSchema } from '../../../api/team';
import { queryKeys } from '../../../lib/query-keys';

export const teamQueryOptions = (team: string) =>
  queryOptions({
    queryKey: queryKeys.team.detail(team),
    queryFn: ({ signal }) => apiRequest(`/teams/${encodeURIComponent(team)}`, teamDetailSchema, { signal }),
  });

export const useTeam = (team: string) => useQuery(teamQueryOptions(team));
