// Saving a row's role or seat, with a toast offering Undo (the inverse PATCH, checked by the server
// like any change). An org role or Models seat change is previewed first (the engine's impact, ADR
// 0009): one that takes permissions away is confirmed in a dialog naming each team and project,
// before → after, and what is lost; promotions and no-loss changes save at once. An admin demoting
// themselves is always asked (they lose these settings), in the same dialog.
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { ORG_ROLE_LABELS, SEAT_LABELS } from '../../../api/common';
import type { ImpactChange, MemberChangePreview } from '../../../api/member-preview';
import type { PreviewMemberBody, UpdateMemberBody, UpdateMemberResult, UserRow } from '../../../api/users';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { HeldRoleChanges, ImpactChanges, placesText } from '../../../components/ui/impact-changes';
import { useToast } from '../../../components/ui/toast';
import { usePreviewMemberChange } from '../api/preview-member-change';
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

const isSelfDemotion = (row: UserRow, patch: UpdateMemberBody): boolean =>
  row.isYou && row.orgRole === 'admin' && patch.orgRole !== undefined && patch.orgRole !== 'admin';

/** The change the server previews: the org role or the Models seat (Weave access saves at once). */
const previewBodyOf = (patch: UpdateMemberBody): PreviewMemberBody | null =>
  patch.orgRole !== undefined
    ? { orgRole: patch.orgRole }
    : patch.modelsSeat !== undefined
      ? { modelsSeat: patch.modelsSeat }
      : null;

/** A change waiting for the admin's confirmation, with what it takes away. */
interface Confirming {
  row: UserRow;
  patch: UpdateMemberBody;
  changes: ImpactChange[];
  held: Pick<MemberChangePreview, 'heldRoles' | 'heldRolesNote'>;
  self: boolean;
}

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
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  const { mutate } = mutation;
  const { mutate: preview } = usePreviewMemberChange(org);

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
      const self = isSelfDemotion(row, patch);
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
      const body = previewBodyOf(patch);
      if (!body) {
        save(row, patch);
        return;
      }
      // The row shows the chosen value while the server is asked; cancel or a failure puts it back.
      setPending({ userId: row.id, patch });
      const self = isSelfDemotion(row, patch);
      preview(
        { userId: row.id, body },
        {
          onSuccess: (result) => {
            const changes = result.changes.filter((c) => c.losesPermissions);
            if (self || changes.length > 0 || result.heldRoles.length > 0)
              setConfirming({ row, patch, changes, held: result, self });
            else save(row, patch);
          },
          onError: (error) => {
            setPending(null);
            toast({
              title: `Could not change ${row.name}`,
              description: `${errorText(error)} Nothing was changed.`,
              tone: 'danger',
            });
          },
        },
      );
    },
    [preview, save, toast],
  );

  const value = useMemo<MemberChange>(
    () => ({ change, pendingFor: (userId) => (pending?.userId === userId ? pending.patch : null) }),
    [change, pending],
  );

  const cancel = () => {
    setConfirming(null);
    setPending(null);
  };
  return (
    <MemberChangeContext.Provider value={value}>
      {children}
      {confirming ? (
        <ConfirmChangeDialog
          confirming={confirming}
          orgName={orgName}
          onCancel={cancel}
          onConfirm={() => {
            setConfirming(null);
            save(confirming.row, confirming.patch);
          }}
        />
      ) : null}
    </MemberChangeContext.Provider>
  );
}

function ConfirmChangeDialog({
  confirming: { row, patch, changes, held, self },
  orgName,
  onCancel,
  onConfirm,
}: {
  confirming: Confirming;
  orgName: string;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const role = patch.orgRole ? ORG_ROLE_LABELS[patch.orgRole] : null;
  const seat = patch.modelsSeat ? SEAT_LABELS[patch.modelsSeat] : '';
  const who = self ? 'You lose' : `${row.name} loses`;
  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => {
        if (!open) onCancel();
      }}
      title={
        self
          ? `Make yourself ${role ?? ''}?`
          : role
            ? `Make ${row.name} ${role}?`
            : `Change ${row.name}'s Models seat to ${seat}?`
      }
      description={
        self
          ? `You will lose access to these settings: as ${role ?? ''} you can no longer change members, seats, invites or ${orgName}'s settings.`
          : `${changes.length > 0 ? 'This takes permissions away. ' : ''}Nothing changes until you confirm.${held.heldRoles.length > 0 ? ' Undo afterwards restores the org role and seat, not the team roles.' : ''}`
      }
      confirmLabel={self ? 'Demote myself' : role ? `Make ${role}` : `Change seat to ${seat}`}
      onConfirm={onConfirm}
    >
      {self ? (
        <p className="impact-note">
          This cannot be undone from here: only another admin can make you Admin again.
        </p>
      ) : null}
      {changes.length > 0 ? (
        <>
          <p className="impact-lead">
            {who} permissions in {placesText(changes)}:
          </p>
          <ImpactChanges changes={changes} />
        </>
      ) : null}
      {held.heldRoles.length > 0 ? (
        <>
          <p className="impact-lead">{held.heldRolesNote}</p>
          <HeldRoleChanges changes={held.heldRoles} label={`Roles ${row.name} holds that change`} />
        </>
      ) : null}
    </ConfirmDialog>
  );
}
