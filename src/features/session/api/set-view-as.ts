import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { sessionSchema } from '../../../api/session';
import { queryKeys } from '../../../lib/query-keys';
import { refreshWorld } from '../../../lib/query-scopes';

/** View as: the backend's session changes, so every cached answer is stale. */
export function useSetViewAs() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string | null) =>
      apiRequest('/session', sessionSchema, { method: 'PUT', body: { userId } }),
    onSuccess: async (session) => {
      queryClient.setQueryData(queryKeys.session.current(), session);
      await refreshWorld(queryClient, { except: queryKeys.session.all });
    },
  });
}
