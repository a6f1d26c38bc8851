import { ApiError, apiRequest } from '../../../api/client';
import {
  memberChangeStaleSchema,
  updateMemberAnswerSchema,
  type OrgMemberPreview,
  type UpdateMemberBody,
  type UpdateMemberResult,
  type UsersPage,
} from '../../../api/users';
import { confirmData, useConfirmedMutation } from '../../../lib/confirmed-mutation';
import { queryKeys } from '../../../lib/query-keys';
import { refreshPeople } from '../../../lib/query-scopes';

export interface UpdateMemberInput {
  userId: string;
  body: UpdateMemberBody;
}

/**
 * What a PATCH came back with: the change made, or held for a confirmation with its preview (it asked
 * first and the change takes something away; or, 409, the preview confirmed no longer holds, and
 * `changed` says so in the server's words).
 */
export type MemberChangeOutcome =
  | { kind: 'done'; result: UpdateMemberResult }
  | { kind: 'confirm'; preview: OrgMemberPreview; changed: string | null };

export async function updateMember(
  org: string,
  { userId, body }: UpdateMemberInput,
): Promise<MemberChangeOutcome> {
  try {
    const answer = await apiRequest(
      `/orgs/${encodeURIComponent(org)}/users/${encodeURIComponent(userId)}`,
      updateMemberAnswerSchema,
      { method: 'PATCH', body },
    );
    return 'confirm' in answer
      ? { kind: 'confirm', preview: answer.confirm, changed: null }
      : { kind: 'done', result: answer };
  } catch (error) {
    const stale = error instanceof ApiError ? memberChangeStaleSchema.safeParse(error.body) : null;
    if (!stale?.success || !(error instanceof ApiError)) throw error;
    return { kind: 'confirm', preview: stale.data.preview, changed: error.message };
  }
}

/**
 * PATCH a member's role or seats. The answer says what they hold now: their row shows it at once on
 * every cached page of the list; the rest (per-row decisions, the summary) is re-read after, for the
 * page on screen only. A change held for a confirmation changed nothing: nothing is re-read, unless
 * it was held because the state changed meanwhile.
 */
export function useUpdateMember(org: string) {
  return useConfirmedMutation({
    mutationFn: (input: UpdateMemberInput) => updateMember(org, input),
    confirm: (queryClient, outcome) => {
      if (outcome.kind !== 'done') return;
      const { result } = outcome;
      confirmData<UsersPage>(
        queryClient,
        queryKeys.org.users.lists(org),
        (old) =>
          old && {
            ...old,
            items: old.items.map((r) => (r.id === result.id ? { ...r, ...result.after } : r)),
          },
        { prefix: true },
      );
    },
    refresh: (queryClient, _input, outcome) =>
      outcome?.kind === 'confirm' && outcome.changed === null
        ? Promise.resolve()
        : refreshPeople(queryClient, org),
  });
}
