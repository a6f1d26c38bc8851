import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { newAccountSchema, type AcceptInviteBody } from '../../../api/auth-client';

/** POST /api/auth/accept-invite: the invited person picks a username, joins, and is signed in. */
export function useAcceptInvite() {
  return useMutation({
    mutationFn: (body: AcceptInviteBody) =>
      apiRequest('/auth/accept-invite', newAccountSchema, { method: 'POST', body }),
  });
}
