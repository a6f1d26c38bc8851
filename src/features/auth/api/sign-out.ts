import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../api/client';

/**
 * POST /api/auth/sign-out (204): the server forgets the session and clears its cookie. Then the sign-in
 * page is loaded afresh, so nothing the person saw stays in this tab's memory.
 */
export function useSignOut() {
  return useMutation({
    mutationFn: () => apiRequest('/auth/sign-out', z.null(), { method: 'POST' }),
    onSuccess: () => window.location.assign(`${import.meta.env.BASE_URL}sign-in`),
  });
}
