// The Roles page's read: built-in and custom roles, the permission catalog, and what the viewer may do.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { rolesListSchema } from '../../../api/roles';

export const rolesKeys = {
  all: ['roles'] as const,
  list: (org: string) => ['roles', org, 'list'] as const,
  check: (org: string, body: unknown) => ['roles', org, 'check', body] as const,
  deletion: (org: string, id: string) => ['roles', org, 'deletion', id] as const,
};

export const rolesPath = (org: string) => `/orgs/${encodeURIComponent(org)}/roles`;

export const rolesQueryOptions = (org: string) =>
  queryOptions({
    queryKey: rolesKeys.list(org),
    queryFn: ({ signal }) => apiRequest(rolesPath(org), rolesListSchema, { signal }),
  });

export const useRoles = (org: string) => useQuery(rolesQueryOptions(org));
