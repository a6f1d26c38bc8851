import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { newAccountSchema, type FirstAdminBody } from '../../../api/auth-client';

/**
 * POST /api/auth/first-admin: creates the organization with its first Admin, signed in at once. The
 * session is put in the cache only when they continue, after their key was shown (it would otherwise
 * take them away from it).
 */
export function useCreateFirstAdmin() {
  return useMutation({
    mutationFn: (body: FirstAdminBody) =>
      apiRequest('/auth/first-admin', newAccountSchema, { method: 'POST', body }),
  });
}
