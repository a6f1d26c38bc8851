// Resend, revoke and edit a pending invite. Each refreshes the Users list (and the invite's detail).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import {
  inviteAnswerSchema as inviteAnswer,
  revokedInviteSchema as revokeAnswer,
  type UpdateInviteBody,
} from '../../../api/invites';
import { invitesPath } from './invites-options';

function useInviteMutation<T, A>(fn: (arg: A) => Promise<T>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}

export const useResendInvite = (org: string) =>
  useInviteMutation((id: string) =>
    apiRequest(`${invitesPath(org)}/${encodeURIComponent(id)}/resend`, inviteAnswer, { method: 'POST' }),
  );

export const useRevokeInvite = (org: string) =>
  useInviteMutation((id: string) =>
    apiRequest(`${invitesPath(org)}/${encodeURIComponent(id)}`, revokeAnswer, { method: 'DELETE' }),
  );

export const useUpdateInvite = (org: string) =>
  useInviteMutation(({ id, body }: { id: string; body: UpdateInviteBody }) =>
    apiRequest(`${invitesPath(org)}/${encodeURIComponent(id)}`, inviteAnswer, { method: 'PATCH', body }),
  );
