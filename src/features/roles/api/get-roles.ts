// The Roles page's read: built-in and custom roles, the permission catalog, and what the viewer may do.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { rolesListSchema } from '../../../api/roles';
import { queryKeys } from '../../../lib/query-keys';

export const rolesPath = (org: string) => `/orgs/${encodeURIComponent(org)}/roles`;

export const rolesQueryOptions = (org: string) =>
  queryOptions({
    queryKey: queryKeys.org.roles.list(org),
    queryFn: ({ signal }) => apiRequest(rolesPath(org), rolesListSchema, { signal }),
  });

export const useRoles = (org: string) => useQuery(rolesQueryOptions(org));
