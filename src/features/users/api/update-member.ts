import { apiRequest } from '../../../api/client';
import { updateMemberResultSchema, type UpdateMemberBody, type UsersPage } from '../../../api/users';
import { confirmData, useConfirmedMutation } from '../../../lib/confirmed-mutation';
import { queryKeys } from '../../../lib/query-keys';
import { refreshPeople } from '../../../lib/query-scopes';

export interface UpdateMemberInput {
  userId: string;
  body: UpdateMemberBody;
}

export const updateMember = (org: string, { userId, body }: UpdateMemberInput) =>
  apiRequest(
    `/orgs/${encodeURIComponent(org)}/users/${encodeURIComponent(userId)}`,
    updateMemberResultSchema,
    { method: 'PATCH', body },
  );

/**
 * PATCH a member's role or seats. The answer says what they hold now: their row shows it at once on
 * every cached page of the list; the rest (per-row decisions, the summary) is re-read after.
 */
export function useUpdateMember(org: string) {
  return useConfirmedMutation({
    mutationFn: (input: UpdateMemberInput) => updateMember(org, input),
    confirm: (queryClient, result) =>
      confirmData<UsersPage>(
        queryClient,
        queryKeys.org.users.lists(org),
        (old) =>
          old && {
            ...old,
            items: old.items.map((r) => (r.id === result.id ? { ...r, ...result.after } : r)),
          },
        { prefix: true },
      ),
    refresh: (queryClient) => refreshPeople(queryClient, org),
  });
}
