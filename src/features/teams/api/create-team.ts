import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { createdTeamSchema, type CreateTeamBody } from '../../../api/team-settings';
import { queryKeys } from '../../../lib/query-keys';

export function useCreateTeam(org: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTeamBody) =>
      apiRequest(`/orgs/${encodeURIComponent(org)}/teams`, createdTeamSchema, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.org.teams.list(org) }),
  });
}
