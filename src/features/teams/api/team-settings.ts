// Team settings: the read, and every change made from its tabs. Changes refresh the settings, the
// team lists (nav, Teams page) and the Users page (team columns).
import {
  partialMatchKey,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../api/client';
import {
  createdServiceAccountSchema,
  memberChangePreviewSchema,
  setTeamRoleResultSchema,
  teamInviteResultSchema,
  teamSettingsSchema,
  type TeamInviteBody,
  type TeamSettings,
} from '../../../api/team-settings';
import { confirmData, useConfirmedMutation } from '../../../lib/confirmed-mutation';
import { queryKeys } from '../../../lib/query-keys';
import { refreshInEveryOrg } from '../../../lib/query-scopes';

const path = (team: string) => `/teams/${encodeURIComponent(team)}`;

export const teamSettingsQueryOptions = (team: string) =>
  queryOptions({
    queryKey: queryKeys.team.settings(team),
    queryFn: ({ signal }) => apiRequest(`${path(team)}/settings`, teamSettingsSchema, { signal }),
  });

export const useTeamSettings = (team: string) => useQuery(teamSettingsQueryOptions(team));

/** Whatever may show a change to a team: its pages, the team lists (nav, Teams page), the Users page. */
function refreshAfterTeamChange(queryClient: QueryClient, team: string, { exceptSettings = false } = {}) {
  const settings = queryKeys.team.settings(team);
  return Promise.all([
    queryClient.invalidateQueries({
      queryKey: queryKeys.team.one(team),
      predicate: (q) => !exceptSettings || !partialMatchKey(q.queryKey, settings),
    }),
    refreshInEveryOrg(queryClient, ['teams', 'users', 'invites']),
  ]);
}

function useTeamMutation<TVars, TResult>(team: string, request: (vars: TVars) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => refreshAfterTeamChange(queryClient, team),
  });
}

export const useInviteToTeam = (team: string) =>
  useTeamMutation(team, (body: TeamInviteBody) =>
    apiRequest(`${path(team)}/members`, teamInviteResultSchema, { method: 'POST', body }),
  );

/**
 * The answer names the role now held: the member row shows it at once. The rest of the row (what
 * each other role would do) is the server's to say, so the settings are read again after.
 */
export const useSetTeamRole = (team: string) =>
  useConfirmedMutation({
    mutationFn: ({ principalId, role }: { principalId: string; role: string }) =>
      apiRequest(`${path(team)}/members/${encodeURIComponent(principalId)}`, setTeamRoleResultSchema, {
        method: 'PATCH',
        body: { role },
      }),
    confirm: (queryClient, result, { principalId, role }) =>
      confirmData<TeamSettings>(queryClient, queryKeys.team.settings(team), (old) =>
        old
          ? {
              ...old,
              members: old.members.map((m) =>
                m.id === principalId ? { ...m, role, roleLabel: result.roleLabel } : m,
              ),
            }
          : old,
      ),
    refresh: (queryClient) => refreshAfterTeamChange(queryClient, team),
  });

export const useRemoveFromTeam = (team: string) =>
  useTeamMutation(team, (principalId: string) =>
    apiRequest(`${path(team)}/members/${encodeURIComponent(principalId)}`, z.unknown(), { method: 'DELETE' }),
  );

/** The answer is the whole fresh settings: it replaces the cached ones; the lists refresh after. */
export const useUpdateTeamSettings = (team: string) =>
  useConfirmedMutation({
    mutationFn: (settings: Record<string, boolean>) =>
      apiRequest(`${path(team)}/settings`, teamSettingsSchema, { method: 'PATCH', body: settings }),
    confirm: (queryClient, fresh) =>
      confirmData<TeamSettings>(queryClient, queryKeys.team.settings(team), () => fresh),
    refresh: (queryClient) => refreshAfterTeamChange(queryClient, team, { exceptSettings: true }),
  });

export const useCreateServiceAccount = (team: string) =>
  useTeamMutation(team, (name: string) =>
    apiRequest(`${path(team)}/service-accounts`, createdServiceAccountSchema, {
      method: 'POST',
      body: { name },
    }),
  );

export const useDeleteServiceAccount = (team: string) =>
  useTeamMutation(team, (id: string) =>
    apiRequest(`${path(team)}/service-accounts/${encodeURIComponent(id)}`, z.unknown(), { method: 'DELETE' }),
  );

/** Deleting a team: leave its pages first, then refresh everything else (its own queries would 404). */
export function useDeleteTeam(team: string, onDeleted: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest(path(team), z.unknown(), { method: 'DELETE' }),
    onSuccess: async () => {
      onDeleted();
      await refreshInEveryOrg(queryClient, ['teams', 'users', 'invites']);
      // Only now, with its pages left behind: a query still watched would be asked again (404).
      queryClient.removeQueries({ queryKey: queryKeys.team.one(team) });
    },
  });
}

/** What removing a member would do, per project, before it is done (nothing changes). */
export const usePreviewMemberRemoval = (team: string, principalId: string, enabled: boolean) =>
  useQuery({
    queryKey: queryKeys.preview.teamMemberRemoval(team, principalId),
    queryFn: ({ signal }) =>
      apiRequest(
        `${path(team)}/members/${encodeURIComponent(principalId)}/preview`,
        memberChangePreviewSchema,
        {
          method: 'POST',
          body: { remove: true },
          signal,
        },
      ),
    enabled,
    staleTime: 0,
  });

/** What a team-role change would do, asked just before making it. */
export const usePreviewRoleChange = (team: string) =>
  useMutation({
    mutationFn: ({ principalId, role }: { principalId: string; role: string }) =>
      apiRequest(
        `${path(team)}/members/${encodeURIComponent(principalId)}/preview`,
        memberChangePreviewSchema,
        {
          method: 'POST',
          body: { role },
        },
      ),
  });
