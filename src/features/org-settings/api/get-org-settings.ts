import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { billingCandidatesSchema, orgSettingsSchema } from '../../../api/org-settings';

export const orgSettingsKeys = {
  all: ['org-settings'] as const,
  detail: (org: string) => ['org-settings', org] as const,
  billingCandidates: (org: string, q: string) => ['org-settings', org, 'billing-candidates', q] as const,
};

export const settingsPath = (org: string, rest = ''): string =>
  `/orgs/${encodeURIComponent(org)}/settings${rest}`;

export const orgSettingsQueryOptions = (org: string) =>
  queryOptions({
    queryKey: orgSettingsKeys.detail(org),
    queryFn: ({ signal }) => apiRequest(settingsPath(org), orgSettingsSchema, { signal }),
  });

export const useOrgSettings = (org: string) => useQuery(orgSettingsQueryOptions(org));

export const useBillingCandidates = (org: string, q: string, enabled: boolean) =>
  useQuery({
    queryKey: orgSettingsKeys.billingCandidates(org, q),
    queryFn: ({ signal }) =>
      apiRequest(
        settingsPath(org, `/billing-candidates?q=${encodeURIComponent(q)}`),
        billingCandidatesSchema,
        {
          signal,
        },
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
