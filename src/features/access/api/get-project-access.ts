// Who has access to a project (filterable, with a CSV link), and the users × permissions matrix.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { matrixSchema, projectAccessSchema } from '../../../api/access';
import { ApiError, apiRequest, apiUrl } from '../../../api/client';
import { accessKeys, projectPath } from './access-keys';

export interface ProjectAccessFilters {
  q: string;
  via: string;
  kind: string;
}

const query = (filters: ProjectAccessFilters) =>
  new URLSearchParams(Object.entries(filters).filter(([, v]) => v !== '')).toString();

export const useProjectAccess = (project: string, filters: ProjectAccessFilters) =>
  useQuery({
    queryKey: accessKeys.project(project, { ...filters }),
    queryFn: ({ signal }) =>
      apiRequest(`${projectPath(project)}/access?${query(filters)}`, projectAccessSchema, { signal }),
    placeholderData: keepPreviousData,
    retry: false,
  });

/**
 * The server's CSV of the same filtered list, fetched then handed to the browser as a download: the
 * backend is a service worker, which answers fetches but not navigations.
 */
export async function downloadProjectAccessCsv(
  project: string,
  filters: ProjectAccessFilters,
): Promise<void> {
  const response = await fetch(apiUrl(`${projectPath(project)}/access.csv?${query(filters)}`));
  if (!response.ok) throw new ApiError(response.status, 'unavailable', 'The export failed.');
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name ?? 'access.csv';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const useMatrix = (project: string, page: number, q: string) =>
  useQuery({
    queryKey: accessKeys.matrix(project, page, q),
    queryFn: ({ signal }) =>
      apiRequest(`${projectPath(project)}/matrix?page=${page}&q=${encodeURIComponent(q)}`, matrixSchema, {
        signal,
      }),
    placeholderData: keepPreviousData,
    retry: false,
  });
