import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../api/client';
import { newAccountSchema, acceptInviteBodySchema } from '../../../api/auth';

/** POST /api/auth/accept-invite: the invited person picks a username, joins, and is signed in. */
export function useAcceptInvite() {
  return useMutation({
    mutationFn: (body: z.infer<typeof acceptInviteBodySchema>) =>
      apiRequest('/auth/accept-invite', newAccountSchema, { method: 'POST', body }),
  });
}
