import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../api/client';
import { newAccountSchema, firstAdminBodySchema } from '../../../api/auth';

/**
 * POST /api/auth/first-admin: creates the organization with its first Admin, signed in at once. The
 * session is put in the cache only when they continue, after their key was shown (it would otherwise
 * take them away from it).
 */
export function useCreateFirstAdmin() {
  return useMutation({
    mutationFn: (body: z.infer<typeof firstAdminBodySchema>) =>
      apiRequest('/auth/first-admin', newAccountSchema, { method: 'POST', body }),
  });
}
