// Send an invite, and check a would-be invite as the person types (the server's dry run).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import {
  createInviteResponseSchema,
  inviteCheckResponseSchema,
  type CreateInviteBody,
} from '../../../api/invites';
import { queryKeys } from '../../../lib/query-keys';
import { refreshPeople } from '../../../lib/query-scopes';
import { invitesPath } from './invites-options';

export function useSendInvite(org: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInviteBody) =>
      apiRequest(invitesPath(org), createInviteResponseSchema, { method: 'POST', body }),
    onSuccess: () => refreshPeople(queryClient, org),
  });
}

/** The engine's verdict on the invite as typed so far; `body` null while the input is not valid yet. */
export function useInviteCheck(org: string, body: CreateInviteBody | null) {
  return useQuery({
    queryKey: queryKeys.org.invites.check(org, body),
    queryFn: ({ signal }) =>
      apiRequest(`${invitesPath(org)}?dryRun=1`, inviteCheckResponseSchema, { method: 'POST', body, signal }),
    enabled: body !== null,
    staleTime: 0,
    placeholderData: (previous) => previous,
  });
}
