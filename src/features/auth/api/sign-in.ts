import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { signedInSchema, type SignInBody } from '../../../api/auth-client';
import { signedIn } from './signed-in';

/** POST /api/auth/sign-in: the server sets the session cookie; the answer is the new session. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignInBody) => apiRequest('/auth/sign-in', signedInSchema, { method: 'POST', body }),
    onSuccess: ({ user }) => signedIn(queryClient, user),
  });
}
