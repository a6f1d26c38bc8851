// CSV import: a dry run that judges every row, then the real send of the valid ones.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { importResponseSchema } from '../../../api/invites';
import { refreshPeople } from '../../../lib/query-scopes';
import { invitesPath } from './invites-options';

export function useImportInvites(org: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ csv, dryRun }: { csv: string; dryRun: boolean }) =>
      apiRequest(`${invitesPath(org)}/import${dryRun ? '?dryRun=1' : ''}`, importResponseSchema, {
        method: 'POST',
        body: { csv },
      }),
    onSuccess: (result) => {
      if (!result.dryRun) void refreshPeople(queryClient, org);
    },
  });
}
