// One person's access to a team or project: every permission with the engine's chain of reasons.
import { useQuery } from '@tanstack/react-query';
import { explanationSchema, userAccessSchema } from '../../../api/access';
import { apiRequest } from '../../../api/client';
import { queryKeys } from '../../../lib/query-keys';
import { orgPath } from './access-keys';

export type TargetParam = { kind: 'org' | 'team' | 'project'; value: string } | null;

export const useExplanation = (org: string, user: string, target: TargetParam) =>
  useQuery({
    queryKey: queryKeys.org.access.explain(org, user, target ? `${target.kind}:${target.value}` : ''),
    queryFn: ({ signal }) => {
      const q = new URLSearchParams({ user });
      if (target?.kind === 'org') q.set('scope', 'org');
      else if (target) q.set(target.kind, target.value);
      return apiRequest(`${orgPath(org)}/explain?${q.toString()}`, explanationSchema, { signal });
    },
    enabled: user !== '' && target !== null,
    retry: false,
  });

/** Every team and project the person can reach, with the role and where it comes from. */
export const useUserAccess = (org: string, user: string) =>
  useQuery({
    queryKey: queryKeys.org.access.user(org, user),
    queryFn: ({ signal }) =>
      apiRequest(`${orgPath(org)}/users/${encodeURIComponent(user)}`, userAccessSchema, { signal }),
    enabled: user !== '',
    retry: false,
  });
