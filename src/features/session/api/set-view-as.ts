import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { sessionSchema } from '../../../api/session';
import { sessionKey } from './get-session';

/** View as: the backend's session changes, so every cached answer is stale. */
export function useSetViewAs() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string | null) =>
      apiRequest('/session', sessionSchema, { method: 'PUT', body: { userId } }),
    onSuccess: async (session) => {
      queryClient.setQueryData(sessionKey, session);
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
    },
  });
}
