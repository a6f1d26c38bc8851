// Who has access to a project (filterable, with a CSV link), and the users × permissions matrix.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { matrixSchema, projectAccessSchema } from '../../../api/access';
import { apiRequest } from '../../../api/client';
import { downloadFromApi } from '../../../lib/download';
import { queryKeys } from '../../../lib/query-keys';
import { projectPath } from './access-keys';

export interface ProjectAccessFilters {
  q: string;
  via: string;
  kind: string;
}

const query = (filters: ProjectAccessFilters) =>
  new URLSearchParams(Object.entries(filters).filter(([, v]) => v !== '')).toString();

export const useProjectAccess = (project: string, filters: ProjectAccessFilters) =>
  useQuery({
    queryKey: queryKeys.access.project(project, { ...filters }),
    queryFn: ({ signal }) =>
      apiRequest(`${projectPath(project)}/access?${query(filters)}`, projectAccessSchema, { signal }),
    placeholderData: keepPreviousData,
    retry: false,
  });

/** The server's CSV of the same filtered list. */
export function downloadProjectAccessCsv(project: string, filters: ProjectAccessFilters): Promise<void> {
  return downloadFromApi(`${projectPath(project)}/access.csv?${query(filters)}`, 'access.csv');
}

export const useMatrix = (project: string, page: number, q: string) =>
  useQuery({
    queryKey: queryKeys.access.matrix(project, page, q),
    queryFn: ({ signal }) =>
      apiRequest(`${projectPath(project)}/matrix?page=${page}&q=${encodeURIComponent(q)}`, matrixSchema, {
        signal,
      }),
    placeholderData: keepPreviousData,
    retry: false,
  });
