import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { billingCandidatesSchema, orgSettingsSchema } from '../../../api/org-settings';
import { queryKeys } from '../../../lib/query-keys';

export const settingsPath = (org: string, rest = ''): string =>
  `/orgs/${encodeURIComponent(org)}/settings${rest}`;

export const orgSettingsQueryOptions = (org: string) =>
  queryOptions({
    queryKey: queryKeys.org.settings.detail(org),
    queryFn: ({ signal }) => apiRequest(settingsPath(org), orgSettingsSchema, { signal }),
  });

export const useOrgSettings = (org: string) => useQuery(orgSettingsQueryOptions(org));

export const useBillingCandidates = (org: string, q: string, enabled: boolean) =>
  useQuery({
    queryKey: queryKeys.org.settings.billingCandidates(org, q),
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
