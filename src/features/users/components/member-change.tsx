// Saving a row's role or seat, with a toast offering Undo (the inverse PATCH, checked by the server
// like any change). An org role or Models seat change is previewed first (the engine's impact, ADR
// 0009): one that takes permissions away is confirmed in a dialog naming each team and project,
// before → after, and what is lost; promotions and no-loss changes save at once. An admin demoting
// themselves is always asked (they lose these settings), in the same dialog. Each select shows only
// what the server confirmed (instant-save.ts, ADR 0012): the chosen value while it is previewed and
// saved, then the answer; a failure puts the confirmed value back and is said beside the select.
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { ORG_ROLE_LABELS, SEAT_LABELS } from '../../../api/role-labels';
import type { ImpactChange, MemberChangePreview } from '../../../api/member-preview';
import type { PreviewMemberBody, UpdateMemberBody, UpdateMemberResult, UserRow } from '../../../api/users';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { HeldRoleChanges, ImpactChanges, placesText } from '../../../components/ui/impact-changes';
import { failureText, useInstantSave, type ControlState } from '../../../components/ui/instant-save';
import { useToast } from '../../../components/ui/toast';
import { refreshWorld } from '../../../lib/query-scopes';
import { usePreviewMemberChange } from '../api/preview-member-change';
import { useUpdateMember } from '../api/update-member';
import { changeDescription, changeTitle, inverseOf, undoneTitle } from './member-change-text';

/** The fields a row saves at once, one per select. */
export type MemberField = keyof UpdateMemberBody;

interface MemberChange {
  change: (row: UserRow, patch: UpdateMemberBody) => void;
  /**
   * What a row's select shows (instant-save.ts): the value on its way while it is previewed, confirmed
   * and saved, then only what the server confirmed; and why its last change failed.
   */
  stateOf: (row: UserRow, field: MemberField) => ControlState<string>;
  /** A change of this row is on its way: its other selects wait (answers must not cross). */
  rowBusy: (row: UserRow) => boolean;
}

const MemberChangeContext = createContext<MemberChange>({
  change: () => undefined,
  stateOf: (row, field) => ({ value: row[field], saving: false, failure: null }),
  rowBusy: () => false,
});

export const useMemberChange = (): MemberChange => useContext(MemberChangeContext);

const keyOf = (userId: string, field: MemberField) => `${userId}:${field}`;

/** The select a change is shown on: the org role when it is part of it (Undo sends the seat too). */
function shownOn(patch: UpdateMemberBody): { field: MemberField; value: string } | null {
  for (const field of ['orgRole', 'modelsSeat', 'weaveAccess'] as const) {
    const value = patch[field];
    if (value !== undefined) return { field, value };
  }
  return null;
}

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
  const { mutateAsync } = useUpdateMember(org);
  const { mutate: preview } = usePreviewMemberChange(org);
  const instant = useInstantSave<string>();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  const { save: saveInstant, hold, release, fail } = instant;

  /** Saves a patch, shown on its select until the server answers; a failure is said beside it. */
  const send = useCallback(
    (userId: string, body: UpdateMemberBody) => {
      const shown = shownOn(body);
      const work = () => mutateAsync({ userId, body });
      return shown
        ? saveInstant(keyOf(userId, shown.field), shown.value, work)
        : saveInstant(`${userId}:`, '', work);
    },
    [mutateAsync, saveInstant],
  );

  const undo = useCallback(
    async (result: UpdateMemberResult) => {
      const saved = await send(result.id, inverseOf(result));
      // Undo is pressed in the toast: answer there too, the row may be out of sight.
      if (saved.ok) toast({ title: undoneTitle(saved.result), tone: 'info' });
      else toast({ title: 'Could not undo', description: failureText(saved.error), tone: 'danger' });
    },
    [send, toast],
  );

  const save = useCallback(
    async (row: UserRow, patch: UpdateMemberBody) => {
      const self = isSelfDemotion(row, patch);
      const saved = await send(row.id, patch);
      if (!saved.ok) return;
      const result = saved.result;
      if (self) {
        // Their own capabilities changed: the session, the nav and every list follow.
        void refreshWorld(queryClient);
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
        action: { label: 'Undo', onAction: () => void undo(result) },
      });
    },
    [send, orgName, queryClient, toast, undo],
  );

  const change = useCallback(
    (row: UserRow, patch: UpdateMemberBody) => {
      const body = previewBodyOf(patch);
      const shown = shownOn(patch);
      if (!body || !shown) {
        void save(row, patch);
        return;
      }
      // The row shows the chosen value while the server is asked; cancel or a failure puts it back.
      const key = keyOf(row.id, shown.field);
      hold(key, shown.value);
      const self = isSelfDemotion(row, patch);
      preview(
        { userId: row.id, body },
        {
          onSuccess: (result) => {
            const changes = result.changes.filter((c) => c.losesPermissions);
            if (self || changes.length > 0 || result.heldRoles.length > 0)
              setConfirming({ row, patch, changes, held: result, self });
            else void save(row, patch);
          },
          onError: (error) => fail(key, error),
        },
      );
    },
    [preview, save, hold, fail],
  );

  const { state, busyUnder } = instant;
  const value = useMemo<MemberChange>(
    () => ({
      change,
      stateOf: (row, field) => state(keyOf(row.id, field), row[field]),
      rowBusy: (row) => busyUnder(`${row.id}:`),
    }),
    [change, state, busyUnder],
  );

  const cancel = () => {
    const shown = confirming && shownOn(confirming.patch);
    if (confirming && shown) release(keyOf(confirming.row.id, shown.field));
    setConfirming(null);
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
            void save(confirming.row, confirming.patch);
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
