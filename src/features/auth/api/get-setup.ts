import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { setupSchema } from '../../../api/auth';
import { queryKeys } from '../../../lib/query-keys';

/** Whether the server still waits for its first admin to create the organization (first run). */
export const useSetup = () =>
  useQuery({
    queryKey: queryKeys.auth.setup(),
    queryFn: ({ signal }) => apiRequest('/auth/setup', setupSchema, { signal }),
  });
