import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import {
  removalImpactSchema,
  removeMemberResultSchema,
  type RemoveMemberResult,
} from '../../../api/users-removal';
import { queryKeys } from '../../../lib/query-keys';
import { refreshAfterMembership } from '../../../lib/query-scopes';

const memberPath = (org: string, userId: string) =>
  `/orgs/${encodeURIComponent(org)}/users/${encodeURIComponent(userId)}`;

export const removalImpactOptions = (org: string, userId: string) =>
  queryOptions({
    queryKey: queryKeys.org.users.removal(org, userId),
    queryFn: ({ signal }) =>
      apiRequest(`${memberPath(org, userId)}/removal`, removalImpactSchema, { signal }),
    // The preview must describe the world as it is now, never a cached past.
    staleTime: 0,
  });

export const useRemovalImpact = (org: string, userId: string, enabled: boolean) =>
  useQuery({ ...removalImpactOptions(org, userId), enabled });

/** onRemoved runs here, not in mutate(): the row (and its dialog) leaves the page when the list refreshes. */
export function useRemoveMember(org: string, onRemoved: (done: RemoveMemberResult) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) =>
      apiRequest(memberPath(org, userId), removeMemberResultSchema, { method: 'DELETE' }),
    onSuccess: onRemoved,
    // Teams and dashboards list members too.
    onSettled: () => refreshAfterMembership(queryClient, org),
  });
}
