// GET, POST and DELETE /api/me/api-keys: the signed-in person's own API keys (User settings).
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../api/client';
import { apiKeysSchema, createApiKeyBodySchema, createdApiKeySchema } from '../../../api/auth';
import { queryKeys } from '../../../lib/query-keys';

export const apiKeysQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.me.apiKeys(),
    queryFn: ({ signal }) => apiRequest('/me/api-keys', apiKeysSchema, { signal }),
  });

export const useApiKeys = () => useQuery(apiKeysQueryOptions());

const refreshKeys = (queryClient: ReturnType<typeof useQueryClient>) =>
  queryClient.invalidateQueries({ queryKey: queryKeys.me.apiKeys() });

/** The secret comes back once, in this answer; the list only ever shows its preview. */
export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.infer<typeof createApiKeyBodySchema>) =>
      apiRequest('/me/api-keys', createdApiKeySchema, { method: 'POST', body }),
    onSettled: () => refreshKeys(queryClient),
  });
}

/** A revoked key stops working at once, also for a session signed in with it. */
export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest(`/me/api-keys/${encodeURIComponent(id)}`, z.null(), { method: 'DELETE' }),
    onSettled: () => refreshKeys(queryClient),
  });
}
