import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { auditPageSchema, type AuditQuery } from '../../../api/audit';
import { queryKeys } from '../../../lib/query-keys';

/** The query as URL parameters; `withPage: false` for exports (every matching entry). */
export function auditSearch(query: AuditQuery, withPage = true): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (!withPage && (key === 'page' || key === 'pageSize')) continue;
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return params.toString();
}

export const auditLogQueryOptions = (org: string, query: AuditQuery) =>
  queryOptions({
    queryKey: queryKeys.org.audit.list(org, query),
    queryFn: ({ signal }) =>
      apiRequest(`/orgs/${encodeURIComponent(org)}/audit-log?${auditSearch(query)}`, auditPageSchema, {
        signal,
      }),
    // Keep the old page on screen while the next one loads: no flashing table.
    placeholderData: keepPreviousData,
    // A refusal (403) will not change by asking again.
    retry: false,
    // Changes made elsewhere in the console show up when the page is opened again.
    staleTime: 0,
  });

export const useAuditLog = (org: string, query: AuditQuery) => useQuery(auditLogQueryOptions(org, query));
