// The builder's live check: what Create / Save would meet, asked of the server as the form changes
// (debounced), so name clashes and inherited permissions are flagged before submitting.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { useDebounced } from '../../../lib/use-debounced';
import { roleCheckSchema, type RoleCheckBody } from '../../../api/roles';
import { queryKeys } from '../../../lib/query-keys';
import { rolesPath } from './get-roles';

export function useRoleCheck(org: string, body: RoleCheckBody, enabled: boolean) {
  const debounced = useDebounced(body, 250);
  return useQuery({
    queryKey: queryKeys.org.roles.check(org, debounced),
    queryFn: ({ signal }) =>
      apiRequest(`${rolesPath(org)}/check`, roleCheckSchema, { method: 'POST', body: debounced, signal }),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 0,
    gcTime: 10_000,
  });
}
