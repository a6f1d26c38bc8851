// Saving a row's role or seat at once, with a toast offering Undo (the inverse PATCH, checked by the
// server like any change). An admin demoting themselves is asked first: they lose these settings.
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { ORG_ROLE_LABELS } from '../../../api/common';
import type { UpdateMemberBody, UpdateMemberResult, UserRow } from '../../../api/users';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useToast } from '../../../components/ui/toast';
import { useUpdateMember } from '../api/update-member';
import { changeDescription, changeTitle, inverseOf, undoneTitle } from './member-change-text';

interface MemberChange {
  change: (row: UserRow, patch: UpdateMemberBody) => void;
  /** The value being saved for this member, shown in the row until the list refreshes. */
  pendingFor: (userId: string) => UpdateMemberBody | null;
}

const MemberChangeContext = createContext<MemberChange>({ change: () => undefined, pendingFor: () => null });

export const useMemberChange = (): MemberChange => useContext(MemberChangeContext);

const errorText = (error: unknown): string =>
  error instanceof Error ? error.message : 'Something went wrong.';

export function MemberChangeProvider({
  org,
  orgName,
  children,
}: {
  org: string;
  orgName: string;
  children: ReactNode;
}) {
  const mutation = useUpdateMember(org);
  const toast = useToast();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<{ userId: string; patch: UpdateMemberBody } | null>(null);
  const [selfDemotion, setSelfDemotion] = useState<{ row: UserRow; patch: UpdateMemberBody } | null>(null);
  const { mutate } = mutation;

  const undo = useCallback(
    (result: UpdateMemberResult) => {
      mutate(
        { userId: result.id, body: inverseOf(result) },
        {
          onSuccess: (back) => toast({ title: undoneTitle(back), tone: 'info' }),
          onError: (error) =>
            toast({ title: 'Could not undo', description: errorText(error), tone: 'danger' }),
        },
      );
    },
    [mutate, toast],
  );

  const save = useCallback(
    (row: UserRow, patch: UpdateMemberBody) => {
      setPending({ userId: row.id, patch });
      const self =
        row.isYou && row.orgRole === 'admin' && patch.orgRole !== undefined && patch.orgRole !== 'admin';
      mutate(
        { userId: row.id, body: patch },
        {
          onSuccess: (result) => {
            if (self) {
              // Their own capabilities changed: the session, the nav and every list follow.
              void queryClient.invalidateQueries();
              toast({
                title: `You are now ${ORG_ROLE_LABELS[result.after.orgRole]} of ${orgName}`,
                description: 'Only another admin can make you Admin again.',
                tone: 'info',
              });
              return;
            }
            toast({
              title: changeTitle(result),
              description: changeDescription(result),
              action: { label: 'Undo', onAction: () => undo(result) },
            });
          },
          onError: (error) =>
            toast({ title: `Could not change ${row.name}`, description: errorText(error), tone: 'danger' }),
          onSettled: () => setPending(null),
        },
      );
    },
    [mutate, orgName, queryClient, toast, undo],
  );

  const change = useCallback(
    (row: UserRow, patch: UpdateMemberBody) => {
      if (row.isYou && row.orgRole === 'admin' && patch.orgRole !== undefined && patch.orgRole !== 'admin')
        setSelfDemotion({ row, patch });
      else save(row, patch);
    },
    [save],
  );

  const value = useMemo<MemberChange>(
    () => ({ change, pendingFor: (userId) => (pending?.userId === userId ? pending.patch : null) }),
    [change, pending],
  );

  const newRole = selfDemotion?.patch.orgRole;
  return (
    <MemberChangeContext.Provider value={value}>
      {children}
      <ConfirmDialog
        open={selfDemotion !== null}
        onOpenChange={(open) => {
          if (!open) setSelfDemotion(null);
        }}
        title={`Make yourself ${newRole ? ORG_ROLE_LABELS[newRole] : ''}?`}
        description={`You will lose access to these settings: as ${newRole ? ORG_ROLE_LABELS[newRole] : ''} you can no longer change members, seats, invites or ${orgName}'s settings.`}
        confirmLabel="Demote myself"
        onConfirm={() => {
          if (selfDemotion) save(selfDemotion.row, selfDemotion.patch);
          setSelfDemotion(null);
        }}
      >
        <p>This cannot be undone from here: only another admin can make you Admin again.</p>
      </ConfirmDialog>
    </MemberChangeContext.Provider>
  );
}
