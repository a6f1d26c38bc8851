// What a project role change or a removal from a Restricted project would take away, asked before it
// is made (the engine's impact(), ADR 0009). Nothing changes on the server.
import { useMutation, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { memberChangePreviewSchema, type MemberChangePreviewBody } from '../../../api/member-preview';
import { queryKeys } from '../../../lib/query-keys';
import { projectPath } from './project-queries';

const previewRequest = (
  team: string,
  project: string,
  principalId: string,
  body: MemberChangePreviewBody,
  signal?: AbortSignal,
) =>
  apiRequest(
    `${projectPath(team, project)}/users/${encodeURIComponent(principalId)}/preview`,
    memberChangePreviewSchema,
    { method: 'POST', body, signal },
  );

/** A project role change, asked just before making it. */
export const usePreviewProjectRole = (team: string, project: string) =>
  useMutation({
    mutationFn: ({ principalId, role }: { principalId: string; role: string }) =>
      previewRequest(team, project, principalId, { role }),
  });

/** Removing someone from a Restricted project, asked while the confirmation is open (never cached). */
export const usePreviewProjectRemoval = (team: string, project: string, principalId: string) =>
  useQuery({
    queryKey: queryKeys.preview.projectRemoval(team, project, principalId),
    queryFn: ({ signal }) => previewRequest(team, project, principalId, { remove: true }, signal),
    staleTime: 0,
    gcTime: 0,
  });
