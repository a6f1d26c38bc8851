// Resend, revoke and edit a pending invite. Each refreshes the Users list (and the invite's detail).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import {
  inviteAnswerSchema as inviteAnswer,
  revokedInviteSchema as revokeAnswer,
  type UpdateInviteBody,
} from '../../../api/invites';
import { refreshPeople } from '../../../lib/query-scopes';
import { invitesPath } from './invites-options';

function useInviteMutation<T, A>(org: string, fn: (arg: A) => Promise<T>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => refreshPeople(queryClient, org),
  });
}

export const useResendInvite = (org: string) =>
  useInviteMutation(org, (id: string) =>
    apiRequest(`${invitesPath(org)}/${encodeURIComponent(id)}/resend`, inviteAnswer, { method: 'POST' }),
  );

export const useRevokeInvite = (org: string) =>
  useInviteMutation(org, (id: string) =>
    apiRequest(`${invitesPath(org)}/${encodeURIComponent(id)}`, revokeAnswer, { method: 'DELETE' }),
  );

export const useUpdateInvite = (org: string) =>
  useInviteMutation(org, ({ id, body }: { id: string; body: UpdateInviteBody }) =>
    apiRequest(`${invitesPath(org)}/${encodeURIComponent(id)}`, inviteAnswer, { method: 'PATCH', body }),
  );
