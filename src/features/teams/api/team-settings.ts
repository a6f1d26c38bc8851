// Team settings: the read, and every change made from its tabs. Changes refresh the settings, the
// team lists (nav, Teams page) and the Users page (team columns).
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../api/client';
import {
  createdServiceAccountSchema,
  memberChangePreviewSchema,
  setTeamRoleResultSchema,
  teamInviteResultSchema,
  teamSettingsSchema,
  type TeamInviteBody,
} from '../../../api/team-settings';

const path = (team: string) => `/teams/${encodeURIComponent(team)}`;
export const teamSettingsKey = (team: string) => ['teams', 'settings', team] as const;

export const teamSettingsQueryOptions = (team: string) =>
  queryOptions({
    queryKey: teamSettingsKey(team),
    queryFn: ({ signal }) => apiRequest(`${path(team)}/settings`, teamSettingsSchema, { signal }),
  });

export const useTeamSettings = (team: string) => useQuery(teamSettingsQueryOptions(team));

function useTeamMutation<TVars, TResult>(team: string, request: (vars: TVars) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['teams'] }),
        queryClient.invalidateQueries({ queryKey: ['users'] }),
      ]);
    },
  });
}

export const useInviteToTeam = (team: string) =>
  useTeamMutation(team, (body: TeamInviteBody) =>
    apiRequest(`${path(team)}/members`, teamInviteResultSchema, { method: 'POST', body }),
  );

export const useSetTeamRole = (team: string) =>
  useTeamMutation(team, ({ principalId, role }: { principalId: string; role: string }) =>
    apiRequest(`${path(team)}/members/${encodeURIComponent(principalId)}`, setTeamRoleResultSchema, {
      method: 'PATCH',
      body: { role },
    }),
  );

export const useRemoveFromTeam = (team: string) =>
  useTeamMutation(team, (principalId: string) =>
    apiRequest(`${path(team)}/members/${encodeURIComponent(principalId)}`, z.unknown(), { method: 'DELETE' }),
  );

export const useUpdateTeamSettings = (team: string) =>
  useTeamMutation(team, (settings: Record<string, boolean>) =>
    apiRequest(`${path(team)}/settings`, teamSettingsSchema, { method: 'PATCH', body: settings }),
  );

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
  const ofThisTeam = (key: readonly unknown[]) => key[0] === 'teams' && key[2] === team;
  return useMutation({
    mutationFn: () => apiRequest(path(team), z.unknown(), { method: 'DELETE' }),
    onSuccess: async () => {
      onDeleted();
      await Promise.all([
        queryClient.invalidateQueries({
          predicate: (q) => q.queryKey[0] === 'teams' && !ofThisTeam(q.queryKey),
        }),
        queryClient.invalidateQueries({ queryKey: ['users'] }),
      ]);
      queryClient.removeQueries({ predicate: (q) => ofThisTeam(q.queryKey) });
    },
  });
}

/** What removing a member would do, per project, before it is done (nothing changes). */
export const usePreviewMemberRemoval = (team: string, principalId: string, enabled: boolean) =>
  useQuery({
    // Not under 'teams': invalidating the team after the removal must not re-ask about someone gone (404).
    queryKey: ['member-removal-preview', team, principalId],
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
