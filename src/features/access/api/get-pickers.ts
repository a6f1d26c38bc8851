// The Access page's pickers: people the viewer may explain, and teams and projects they can see.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { accessPeopleSchema, accessTargetsSchema } from '../../../api/access';
import { apiRequest } from '../../../api/client';
import { queryKeys } from '../../../lib/query-keys';
import { orgPath } from './access-keys';

export const usePeople = (org: string, q: string) =>
  useQuery({
    queryKey: queryKeys.org.access.people(org, q),
    queryFn: ({ signal }) =>
      apiRequest(`${orgPath(org)}/people?q=${encodeURIComponent(q)}`, accessPeopleSchema, { signal }),
    placeholderData: keepPreviousData,
  });

export const useTargets = (org: string, q: string) =>
  useQuery({
    queryKey: queryKeys.org.access.targets(org, q),
    queryFn: ({ signal }) =>
      apiRequest(`${orgPath(org)}/targets?q=${encodeURIComponent(q)}`, accessTargetsSchema, { signal }),
    placeholderData: keepPreviousData,
  });
