// The demo panel's Arrivals: the invites one could accept, and the three ways a person arrives.
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import {
  arrivalOptionsSchema,
  arrivalResultSchema,
  signupOptionsSchema,
  type PersonBody,
  type SignupBody,
} from '../../../api/arrivals';
import { queryKeys } from '../../../lib/query-keys';
import { refreshWorld } from '../../../lib/query-scopes';

export const arrivalOptionsQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.arrivals.options(),
    queryFn: ({ signal }) => apiRequest('/arrivals', arrivalOptionsSchema, { signal }),
  });

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What a sign-up with this email would be offered; asked once the text looks like an email. */
export const useSignupOptions = (email: string) =>
  useQuery({
    queryKey: queryKeys.arrivals.signup(email.trim().toLowerCase()),
    queryFn: ({ signal }) =>
      apiRequest(`/arrivals/signup-options?email=${encodeURIComponent(email.trim())}`, signupOptionsSchema, {
        signal,
      }),
    enabled: EMAIL.test(email.trim()),
    placeholderData: keepPreviousData,
  });

export const useArrivalOptions = (enabled: boolean) => useQuery({ ...arrivalOptionsQueryOptions(), enabled });

type Arrival =
  | { kind: 'accept-invite'; inviteId: string }
  | ({ kind: 'signup' } & SignupBody)
  | ({ kind: 'sso' } & PersonBody);

/** Someone arrived: every list, count and team may have changed, so nothing cached is trusted. */
export function useArrive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, ...body }: Arrival) =>
      apiRequest(`/arrivals/${kind}`, arrivalResultSchema, { method: 'POST', body }),
    onSuccess: () => refreshWorld(queryClient),
  });
}
