// Create, edit and delete a custom role. Team settings and the Users page show role names and
// holders, so their lists refresh too.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { deletedRoleSchema, roleDeletionSchema, savedRoleSchema, type RoleBody } from '../../../api/roles';
import { queryKeys } from '../../../lib/query-keys';
import { refreshPeople } from '../../../lib/query-scopes';
import { rolesPath } from './get-roles';

function useRolesMutation<TVars, TResult>(org: string, request: (vars: TVars) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: async () => {
      // The builder's check and the delete preview belong to a dialog that is closing: asking again
      // would only meet the change just made (e.g. a 404 for the deleted role).
      queryClient.removeQueries({ queryKey: queryKeys.org.roles.checks(org) });
      queryClient.removeQueries({ queryKey: queryKeys.org.roles.deletions(org) });
      // Role names and holders show on the Roles page, team pages and lists, and the Users page.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.org.roles.all(org) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.org.teams.list(org) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.team.all }),
        refreshPeople(queryClient, org),
      ]);
    },
  });
}

export const useCreateRole = (org: string) =>
  useRolesMutation(org, (body: RoleBody) =>
    apiRequest(rolesPath(org), savedRoleSchema, { method: 'POST', body }),
  );

export const useUpdateRole = (org: string) =>
  useRolesMutation(org, ({ id, body }: { id: string; body: RoleBody }) =>
    apiRequest(`${rolesPath(org)}/${encodeURIComponent(id)}`, savedRoleSchema, { method: 'PATCH', body }),
  );

export const useDeleteRole = (org: string) =>
  useRolesMutation(org, (id: string) =>
    apiRequest(`${rolesPath(org)}/${encodeURIComponent(id)}`, deletedRoleSchema, { method: 'DELETE' }),
  );

/** Who falls back to the base role, where: asked when the delete dialog opens. */
export const useRoleDeletion = (org: string, id: string | null, enabled = true) =>
  useQuery({
    queryKey: queryKeys.org.roles.deletion(org, id ?? ''),
    queryFn: ({ signal }) =>
      apiRequest(`${rolesPath(org)}/${encodeURIComponent(id ?? '')}/deletion`, roleDeletionSchema, {
        signal,
      }),
    enabled: enabled && id !== null,
    staleTime: 0,
  });
