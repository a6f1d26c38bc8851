// The invite dialog's choices (each with the engine's decision) and one invite's detail.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { inviteDetailResponseSchema, inviteOptionsSchema } from '../../../api/invites';
import { queryKeys } from '../../../lib/query-keys';

const orgPath = (org: string) => `/orgs/${encodeURIComponent(org)}/invites`;

export const inviteOptionsQuery = (org: string, inviteId: string | null = null) =>
  queryOptions({
    queryKey: queryKeys.org.invites.options(org, inviteId),
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
    queryKey: queryKeys.org.invites.detail(org, id),
    queryFn: ({ signal }) =>
      apiRequest(`${orgPath(org)}/${encodeURIComponent(id)}`, inviteDetailResponseSchema, { signal }),
    enabled,
    // The menu asks each time it opens: what the viewer may do can change with View as.
    staleTime: 0,
  });

export { orgPath as invitesPath };
