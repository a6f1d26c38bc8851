import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { bulkResultSchema, type BulkBody } from '../../../api/users-bulk';
import { refreshAfterMembership } from '../../../lib/query-scopes';

const bulkPath = (org: string) => `/orgs/${encodeURIComponent(org)}/users/bulk`;

/** The dry run: what would happen to each person, in order; changes nothing. */
export function useBulkPreview(org: string) {
  return useMutation({
    mutationFn: (body: BulkBody) =>
      apiRequest(`${bulkPath(org)}/preview`, bulkResultSchema, { method: 'POST', body }),
  });
}

export function useBulkApply(org: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BulkBody) => apiRequest(bulkPath(org), bulkResultSchema, { method: 'POST', body }),
    onSettled: () => refreshAfterMembership(queryClient, org),
  });
}
