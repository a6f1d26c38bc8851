// Teams the acting person may join or ask to join, and every change of a request (ADR 0025): join a
// team that recommends itself to their domain, ask to join another, withdraw the request; a team's
// admins approve or decline it. A join changes who the person is in the org, so the world is re-read.
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { joinableTeamsSchema, joinedTeamSchema, joinRequestResultSchema } from '../../../api/teams';
import { useConfirmedMutation } from '../../../lib/confirmed-mutation';
import { queryKeys } from '../../../lib/query-keys';
import { refreshWorld } from '../../../lib/query-scopes';

export const joinableTeamsQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.session.joinableTeams(),
    queryFn: ({ signal }) => apiRequest('/session/joinable-teams', joinableTeamsSchema, { signal }),
  });

export const useJoinableTeams = (enabled = true) => useQuery({ ...joinableTeamsQueryOptions(), enabled });

const requests = (teamId: string) => `/teams/${encodeURIComponent(teamId)}/join-requests`;

const again = (queryClient: QueryClient) => refreshWorld(queryClient);
const refresh = { refresh: again, recheck: again };

export const useJoinTeam = () =>
  useConfirmedMutation({
    mutationFn: (teamId: string) =>
      apiRequest(`/teams/${encodeURIComponent(teamId)}/join-by-domain`, joinedTeamSchema, { method: 'POST' }),
    ...refresh,
  });

export const useAskToJoin = () =>
  useConfirmedMutation({
    mutationFn: (teamId: string) => apiRequest(requests(teamId), joinRequestResultSchema, { method: 'POST' }),
    ...refresh,
  });

export const useWithdrawRequest = () =>
  useConfirmedMutation({
    mutationFn: ({ teamId, userId }: { teamId: string; userId: string }) =>
      apiRequest(`${requests(teamId)}/${encodeURIComponent(userId)}`, joinRequestResultSchema, {
        method: 'DELETE',
      }),
    ...refresh,
  });

/** A team admin's answer to a request: approve (they join) or decline. */
export const useDecideRequest = () =>
  useConfirmedMutation({
    mutationFn: ({
      teamId,
      userId,
      verdict,
    }: {
      teamId: string;
      userId: string;
      verdict: 'approve' | 'decline';
    }) =>
      apiRequest(`${requests(teamId)}/${encodeURIComponent(userId)}/${verdict}`, joinRequestResultSchema, {
        method: 'POST',
      }),
    ...refresh,
  });
