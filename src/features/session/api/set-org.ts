// The org switcher (which org the console shows) and the Default API organization (a person's own
// choice among their orgs, audited). Both answer with the new session.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { sessionSchema } from '../../../api/session';
import { queryKeys } from '../../../lib/query-keys';
import { refreshWorld } from '../../../lib/query-scopes';

/** Another org is shown: every cached answer was about the last one. */
export function useSwitchOrg() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (orgId: string) =>
      apiRequest('/session/org', sessionSchema, { method: 'PUT', body: { orgId } }),
    onSuccess: async (session) => {
      queryClient.setQueryData(queryKeys.session.current(), session);
      await refreshWorld(queryClient, { except: queryKeys.session.all });
    },
  });
}

export function useSetDefaultOrg() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (orgId: string) =>
      apiRequest('/session/default-org', sessionSchema, { method: 'PUT', body: { orgId } }),
    // A change in the audit log; the session says the new default.
    onSuccess: async (session) => {
      queryClient.setQueryData(queryKeys.session.current(), session);
      await refreshWorld(queryClient, { except: queryKeys.session.all });
    },
  });
}
