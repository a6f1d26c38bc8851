// The demo panel's endpoints: read settings, reset or switch scenario, network realism.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../api/client';
import { demoSchema, demoSettingsBodySchema, type Demo, type ScenarioName } from '../../../api/demo';
import { confirmData, useConfirmedMutation } from '../../../lib/confirmed-mutation';
import { queryKeys } from '../../../lib/query-keys';
import { refreshWorld, resetEverything } from '../../../lib/query-scopes';

const demoKey = queryKeys.demo.settings();

export const demoQueryOptions = () =>
  queryOptions({ queryKey: demoKey, queryFn: ({ signal }) => apiRequest('/demo', demoSchema, { signal }) });

export const useDemo = () => useQuery(demoQueryOptions());

/**
 * Reset the scenario: the whole world changes, so drop every cached answer. Switching to another
 * scenario means another org, whose pages live at other URLs: start over at the console's home.
 */
export function useResetDemo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (scenario: ScenarioName) =>
      apiRequest('/demo/reset', demoSchema, { method: 'POST', body: { scenario } }),
    onSuccess: async (_demo, scenario) => {
      const previous = queryClient.getQueryData<{ scenario: ScenarioName }>(demoKey)?.scenario;
      if (previous !== undefined && previous !== scenario) {
        window.location.assign(import.meta.env.BASE_URL);
        return;
      }
      await resetEverything(queryClient);
    },
  });
}

export type DemoPatch = z.infer<typeof demoSettingsBodySchema>;

/** The answer is the whole settings: it replaces the cached ones (instant-save.ts). */
export const useUpdateDemo = () =>
  useConfirmedMutation({
    mutationFn: (patch: DemoPatch) => apiRequest('/demo', demoSchema, { method: 'PATCH', body: patch }),
    confirm: (queryClient, demo) => confirmData<Demo>(queryClient, demoKey, () => demo),
    recheck: (queryClient) => queryClient.invalidateQueries({ queryKey: demoKey }),
  });

export function useDismissLoadProblem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest('/demo/dismiss-problem', z.unknown(), { method: 'POST' }),
    // The stored state was replaced by a fresh scenario: every answer of the world may differ.
    onSuccess: () => refreshWorld(queryClient),
  });
}
