import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { memberChangePreviewSchema } from '../../../api/member-preview';
import type { PreviewMemberBody } from '../../../api/users';

/** What an org role or Models seat change would take away, asked just before making it (nothing changes). */
export const usePreviewMemberChange = (org: string) =>
  useMutation({
    mutationFn: ({ userId, body }: { userId: string; body: PreviewMemberBody }) =>
      apiRequest(
        `/orgs/${encodeURIComponent(org)}/users/${encodeURIComponent(userId)}/preview`,
        memberChangePreviewSchema,
        { method: 'POST', body },
      ),
  });
