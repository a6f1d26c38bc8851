// The demo panel's CI job (ADR 0026): a run logged with a team service account's API key, with or
// without WANDB_USERNAME; the server decides where it may log and whom the run is attributed to.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import {
  serviceAccountChoicesSchema,
  serviceRunResultSchema,
  type ServiceRunBody,
} from '../../../api/project-content';
import { queryKeys } from '../../../lib/query-keys';

export const useServiceAccountChoices = () =>
  useQuery(
    queryOptions({
      queryKey: queryKeys.serviceRuns.accounts(),
      queryFn: ({ signal }) => apiRequest('/demo/service-accounts', serviceAccountChoicesSchema, { signal }),
    }),
  );

/** A run appears in its project's runs table and the audit log. */
export function useLogServiceRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ServiceRunBody) =>
      apiRequest('/demo/service-runs', serviceRunResultSchema, { method: 'POST', body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.project.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.org.all }),
      ]),
  });
}
