// Changes to a project. Each refreshes the project's pages and the team lists that show it.
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../api/client';
import {
  impactPreviewSchema,
  projectOverviewSchema,
  setProjectRoleResultSchema,
  type CreateProjectBody,
  type ProjectUsers,
  type UpdateProjectBody,
} from '../../../api/projects';
import { confirmData, useConfirmedMutation } from '../../../lib/confirmed-mutation';
import { queryKeys } from '../../../lib/query-keys';
import { refreshInEveryOrg } from '../../../lib/query-scopes';
import { projectPath } from './project-queries';

/** Whatever shows a team's projects: the team's pages and the org's team list (project counts). */
const refreshTeamProjects = (queryClient: QueryClient, team: string) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.team.one(team) }),
    refreshInEveryOrg(queryClient, ['teams']),
  ]);

/** Whatever may show a change to a project: its pages and the team pages and lists that show it. */
const refreshAfterProjectChange = (queryClient: QueryClient, team: string, project: string) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.project.one(team, project) }),
    refreshTeamProjects(queryClient, team),
  ]);

function useProjectMutation<TVars, TResult>(
  team: string,
  project: string,
  request: (vars: TVars) => Promise<TResult>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => refreshAfterProjectChange(queryClient, team, project),
  });
}

export function useCreateProject(team: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateProjectBody) =>
      apiRequest(
        `/teams/${encodeURIComponent(team)}/projects`,
        z.object({ team: z.string(), name: z.string() }),
        {
          method: 'POST',
          body,
        },
      ),
    onSuccess: () => refreshTeamProjects(queryClient, team),
  });
}

/** What a change would do, before it is made (no state changes). */
export const usePreviewProjectChange = (team: string, project: string) =>
  useMutation({
    mutationFn: (body: UpdateProjectBody) =>
      apiRequest(`${projectPath(team, project)}/preview`, impactPreviewSchema, { method: 'POST', body }),
  });

export const useUpdateProject = (team: string, project: string) =>
  useProjectMutation(team, project, (body: UpdateProjectBody) =>
    apiRequest(projectPath(team, project), projectOverviewSchema, { method: 'PATCH', body }),
  );

export const useJoinProject = (team: string, project: string) =>
  useProjectMutation(team, project, () =>
    apiRequest(`${projectPath(team, project)}/join`, z.object({ roleLabel: z.string().nullable() }), {
      method: 'POST',
    }),
  );

export const useRunAction = (team: string, project: string) =>
  useProjectMutation(team, project, ({ runId, action }: { runId: string; action: 'stop' | 'delete' }) =>
    apiRequest(
      action === 'stop'
        ? `${projectPath(team, project)}/runs/${runId}/stop`
        : `${projectPath(team, project)}/runs/${runId}`,
      z.unknown(),
      { method: action === 'stop' ? 'POST' : 'DELETE' },
    ),
  );

export const useMoveRuns = (team: string, project: string) =>
  useProjectMutation(team, project, (body: { runIds: string[]; toProjectId: string }) =>
    apiRequest(`${projectPath(team, project)}/runs/move`, z.unknown(), { method: 'POST', body }),
  );

/**
 * The answer names the role now held: the person's row shows it at once (instant-save.ts). The rest
 * of the row (the override mark, what each other role would do) is the server's to say: re-read after.
 */
export const useSetProjectRole = (team: string, project: string) =>
  useConfirmedMutation({
    mutationFn: ({ principalId, role }: { principalId: string; role: string }) =>
      apiRequest(
        `${projectPath(team, project)}/users/${encodeURIComponent(principalId)}/role`,
        setProjectRoleResultSchema,
        { method: 'PUT', body: { role } },
      ),
    confirm: (queryClient, result, { principalId, role }) =>
      confirmData<ProjectUsers>(queryClient, queryKeys.project.users(team, project), (old) =>
        old
          ? {
              ...old,
              users: old.users.map((u) =>
                u.id === principalId ? { ...u, role, roleLabel: result.roleLabel } : u,
              ),
            }
          : old,
      ),
    refresh: (queryClient) => refreshAfterProjectChange(queryClient, team, project),
  });

export const useAddProjectUser = (team: string, project: string) =>
  useProjectMutation(team, project, (principalId: string) =>
    apiRequest(`${projectPath(team, project)}/users`, z.unknown(), { method: 'POST', body: { principalId } }),
  );

export const useRemoveProjectUser = (team: string, project: string) =>
  useProjectMutation(team, project, (principalId: string) =>
    apiRequest(`${projectPath(team, project)}/users/${encodeURIComponent(principalId)}`, z.unknown(), {
      method: 'DELETE',
    }),
  );
