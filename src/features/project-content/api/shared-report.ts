// A report opened by its magic link (ADR 0026): readable by anyone who has the link, signed out too.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { sharedReportSchema } from '../../../api/project-content';
import { queryKeys } from '../../../lib/query-keys';

export const useSharedReport = (token: string) =>
  useQuery(
    queryOptions({
      queryKey: queryKeys.project.sharedReport(token),
      queryFn: ({ signal }) =>
        apiRequest(`/shared-reports/${encodeURIComponent(token)}`, sharedReportSchema, { signal }),
    }),
  );
