// Create, edit and delete a custom role. Team settings and the Users page show role names and
// holders, so their lists refresh too.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { deletedRoleSchema, roleDeletionSchema, savedRoleSchema, type RoleBody } from '../../../api/roles';
import { rolesKeys, rolesPath } from './get-roles';

function useRolesMutation<TVars, TResult>(request: (vars: TVars) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: async () => {
      // The builder's check and the delete preview belong to a dialog that is closing: asking again
      // would only meet the change just made (e.g. a 404 for the deleted role).
      const transient = (key: readonly unknown[]) =>
        key[0] === 'roles' && (key[2] === 'check' || key[2] === 'deletion');
      queryClient.removeQueries({ predicate: (q) => transient(q.queryKey) });
      await queryClient.invalidateQueries({
        predicate: (q) =>
          ['roles', 'teams', 'users'].includes(String(q.queryKey[0])) && !transient(q.queryKey),
      });
    },
  });
}

export const useCreateRole = (org: string) =>
  useRolesMutation((body: RoleBody) => apiRequest(rolesPath(org), savedRoleSchema, { method: 'POST', body }));

export const useUpdateRole = (org: string) =>
  useRolesMutation(({ id, body }: { id: string; body: RoleBody }) =>
    apiRequest(`${rolesPath(org)}/${encodeURIComponent(id)}`, savedRoleSchema, { method: 'PATCH', body }),
  );

export const useDeleteRole = (org: string) =>
  useRolesMutation((id: string) =>
    apiRequest(`${rolesPath(org)}/${encodeURIComponent(id)}`, deletedRoleSchema, { method: 'DELETE' }),
  );

/** Who falls back to the base role, where: asked when the delete dialog opens. */
export const useRoleDeletion = (org: string, id: string | null, enabled = true) =>
  useQuery({
    queryKey: rolesKeys.deletion(org, id ?? ''),
    queryFn: ({ signal }) =>
      apiRequest(`${rolesPath(org)}/${encodeURIComponent(id ?? '')}/deletion`, roleDeletionSchema, {
        signal,
      }),
    enabled: enabled && id !== null,
    staleTime: 0,
  });
