import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { updateMemberResultSchema, type UpdateMemberBody } from '../../../api/users';
import { usersKeys } from './get-users';

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

/** PATCH a member's role or seats; the list (and its per-row decisions) is refetched either way. */
export function useUpdateMember(org: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateMemberInput) => updateMember(org, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: usersKeys.all }),
  });
}
