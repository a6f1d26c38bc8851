// Reads for a project's pages. Keys: ['projects', team, project, ...].
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { createProjectOptionsSchema, projectOverviewSchema, projectUsersSchema } from '../../../api/projects';

const path = (team: string, project: string) =>
  `/projects/${encodeURIComponent(team)}/${encodeURIComponent(project)}`;
export const projectKey = (team: string, project: string) => ['projects', team, project] as const;

export const useProjectOverview = (team: string, project: string) =>
  useQuery(
    queryOptions({
      queryKey: [...projectKey(team, project), 'overview'],
      queryFn: ({ signal }) => apiRequest(path(team, project), projectOverviewSchema, { signal }),
    }),
  );

export const useProjectUsers = (team: string, project: string) =>
  useQuery(
    queryOptions({
      queryKey: [...projectKey(team, project), 'users'],
      queryFn: ({ signal }) => apiRequest(`${path(team, project)}/users`, projectUsersSchema, { signal }),
    }),
  );

export const useCreateProjectOptions = (team: string, enabled: boolean) =>
  useQuery({
    queryKey: ['projects', team, '__create-options__'],
    queryFn: ({ signal }) =>
      apiRequest(`/teams/${encodeURIComponent(team)}/projects/options`, createProjectOptionsSchema, {
        signal,
      }),
    enabled,
  });

export { path as projectPath };
