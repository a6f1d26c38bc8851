// A project's reports, sweeps and artifacts (ADR 0026): the read with every decision, and the changes,
// each refreshing the project (its runs change with sweeps) and nothing else.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../api/client';
import {
  downloadResultSchema,
  projectContentSchema,
  sharingResultSchema,
  type CreateSweepBody,
} from '../../../api/project-content';
import { queryKeys } from '../../../lib/query-keys';

const path = (team: string, project: string) =>
  `/projects/${encodeURIComponent(team)}/${encodeURIComponent(project)}`;

export const useProjectContent = (team: string, project: string) =>
  useQuery(
    queryOptions({
      queryKey: queryKeys.project.content(team, project),
      queryFn: ({ signal }) => apiRequest(`${path(team, project)}/content`, projectContentSchema, { signal }),
    }),
  );

const anything = z.unknown();

/** Every change here: what to send, and the answer's schema. */
export type ContentChange =
  | { kind: 'createReport'; title: string }
  | { kind: 'editReport'; reportId: string; title: string; body: string }
  | { kind: 'deleteComment'; reportId: string; commentId: string }
  | { kind: 'createArtifact'; name: string }
  | { kind: 'deleteArtifact'; artifactId: string }
  | { kind: 'addAlias'; artifactId: string; alias: string }
  | { kind: 'removeAlias'; artifactId: string; alias: string }
  | { kind: 'deleteReport'; reportId: string }
  | { kind: 'follow'; reportId: string; follow: boolean }
  | { kind: 'comment'; reportId: string; text: string }
  | { kind: 'share'; reportId: string; magicLink: boolean }
  | { kind: 'createSweep'; body: CreateSweepBody }
  | { kind: 'runAgent'; sweepId: string }
  | { kind: 'deleteSweep'; sweepId: string };

function send(base: string, change: ContentChange) {
  const reports = `${base}/reports`;
  const sweeps = `${base}/sweeps`;
  const artifacts = `${base}/artifacts`;
  const id = (x: string) => encodeURIComponent(x);
  switch (change.kind) {
    case 'createReport':
      return apiRequest(reports, anything, { method: 'POST', body: { title: change.title } });
    case 'editReport':
      return apiRequest(`${reports}/${id(change.reportId)}`, anything, {
        method: 'PATCH',
        body: { title: change.title, body: change.body },
      });
    case 'deleteComment':
      return apiRequest(`${reports}/${id(change.reportId)}/comments/${id(change.commentId)}`, anything, {
        method: 'DELETE',
      });
    case 'createArtifact':
      return apiRequest(artifacts, anything, { method: 'POST', body: { name: change.name } });
    case 'deleteArtifact':
      return apiRequest(`${artifacts}/${id(change.artifactId)}`, anything, { method: 'DELETE' });
    case 'addAlias':
      return apiRequest(`${artifacts}/${id(change.artifactId)}/aliases`, anything, {
        method: 'POST',
        body: { alias: change.alias },
      });
    case 'removeAlias':
      return apiRequest(`${artifacts}/${id(change.artifactId)}/aliases/${id(change.alias)}`, anything, {
        method: 'DELETE',
      });
    case 'deleteReport':
      return apiRequest(`${reports}/${id(change.reportId)}`, anything, { method: 'DELETE' });
    case 'follow':
      return apiRequest(`${reports}/${id(change.reportId)}/follow`, anything, {
        method: 'PUT',
        body: { follow: change.follow },
      });
    case 'comment':
      return apiRequest(`${reports}/${id(change.reportId)}/comments`, anything, {
        method: 'POST',
        body: { text: change.text },
      });
    case 'share':
      return apiRequest(`${reports}/${id(change.reportId)}/sharing`, sharingResultSchema, {
        method: 'PUT',
        body: { magicLink: change.magicLink },
      });
    case 'createSweep':
      return apiRequest(sweeps, anything, { method: 'POST', body: change.body });
    case 'runAgent':
      return apiRequest(`${sweeps}/${id(change.sweepId)}/runs`, anything, { method: 'POST' });
    case 'deleteSweep':
      return apiRequest(`${sweeps}/${id(change.sweepId)}`, anything, { method: 'DELETE' });
  }
}

export function useContentChange(team: string, project: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: ContentChange) => send(path(team, project), change),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.project.one(team, project) }),
  });
}

/** A download changes nothing: no refresh. */
export function useDownloadArtifact(team: string, project: string) {
  return useMutation({
    mutationFn: (artifactId: string) =>
      apiRequest(
        `${path(team, project)}/artifacts/${encodeURIComponent(artifactId)}/download`,
        downloadResultSchema,
        {
          method: 'POST',
        },
      ),
  });
}
