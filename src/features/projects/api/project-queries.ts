// Reads for a project's pages.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { createProjectOptionsSchema, projectOverviewSchema, projectUsersSchema } from '../../../api/projects';
import { queryKeys } from '../../../lib/query-keys';

const path = (team: string, project: string) =>
  `/projects/${encodeURIComponent(team)}/${encodeURIComponent(project)}`;

export const useProjectOverview = (team: string, project: string) =>
  useQuery(
    queryOptions({
      queryKey: queryKeys.project.overview(team, project),
      queryFn: ({ signal }) => apiRequest(path(team, project), projectOverviewSchema, { signal }),
    }),
  );

export const useProjectUsers = (team: string, project: string) =>
  useQuery(
    queryOptions({
      queryKey: queryKeys.project.users(team, project),
      queryFn: ({ signal }) => apiRequest(`${path(team, project)}/users`, projectUsersSchema, { signal }),
    }),
  );

export const useCreateProjectOptions = (team: string, enabled: boolean) =>
  useQuery({
    queryKey: queryKeys.team.projectOptions(team),
    queryFn: ({ signal }) =>
      apiRequest(`/teams/${encodeURIComponent(team)}/projects/options`, createProjectOptionsSchema, {
        signal,
      }),
    enabled,
  });

export { path as projectPath };
