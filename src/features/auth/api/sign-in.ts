import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../api/client';
import { signedInSchema, signInBodySchema } from '../../../api/auth';
import { signedIn } from './signed-in';

/** POST /api/auth/sign-in: the server sets the session cookie; the answer is the new session. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.infer<typeof signInBodySchema>) =>
      apiRequest('/auth/sign-in', signedInSchema, { method: 'POST', body }),
    onSuccess: () => signedIn(queryClient),
  });
}
