import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { orgAnswerSchema } from '../../../api/session';
import { queryKeys } from '../../../lib/query-keys';

/** An org the session is not about (another slug in the URL): may the acting person see it? */
export const useOrgSummary = (slug: string, enabled: boolean) =>
  useQuery({
    queryKey: queryKeys.org.summary(slug),
    queryFn: ({ signal }) => apiRequest(`/orgs/${encodeURIComponent(slug)}`, orgAnswerSchema, { signal }),
    enabled,
  });
