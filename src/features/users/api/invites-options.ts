// The invite dialog's choices (each with the engine's decision) and one invite's detail. Keys sit
// under ['users', org] so every change that invalidates the Users list refreshes them too.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { inviteDetailResponseSchema, inviteOptionsSchema } from '../../../api/invites';

const orgPath = (org: string) => `/orgs/${encodeURIComponent(org)}/invites`;

export const inviteKeys = {
  options: (org: string, inviteId: string | null) =>
    ['users', org, 'invite-options', inviteId ?? 'new'] as const,
  detail: (org: string, id: string) => ['users', org, 'invite', id] as const,
  check: (org: string, body: unknown) => ['users', org, 'invite-check', body] as const,
};

export const inviteOptionsQuery = (org: string, inviteId: string | null = null) =>
  queryOptions({
    queryKey: inviteKeys.options(org, inviteId),
    queryFn: ({ signal }) =>
      apiRequest(
        `${orgPath(org)}/options${inviteId ? `?invite=${encodeURIComponent(inviteId)}` : ''}`,
        inviteOptionsSchema,
        { signal },
      ),
  });

export const useInviteOptions = (org: string, inviteId: string | null = null) =>
  useQuery(inviteOptionsQuery(org, inviteId));

export const useInviteDetail = (org: string, id: string, enabled: boolean) =>
  useQuery({
    queryKey: inviteKeys.detail(org, id),
    queryFn: ({ signal }) =>
      apiRequest(`${orgPath(org)}/${encodeURIComponent(id)}`, inviteDetailResponseSchema, { signal }),
    enabled,
    // The menu asks each time it opens: what the viewer may do can change with View as.
    staleTime: 0,
  });

export { orgPath as invitesPath };
