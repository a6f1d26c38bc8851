// Saving a row's role or seat, with a toast offering Undo (the inverse PATCH, checked by the server
// like any change). The row shows the picked value at once (optimistic) and the PATCH asks first
// (ADR 0020): the server makes a promotion or a no-loss change in that one request, and holds one that
// takes something away, answering with its preview (each team and project, before → after, what is
// lost, whether it is a self-demotion, what Undo cannot restore), which is confirmed in a dialog and
// sent back with the preview's version. If the state changed meanwhile the server says so with the
// fresh preview, shown in the same dialog. A refusal puts the confirmed value back and is said beside
// the select (instant-save.ts, ADR 0012). Nothing here decides a rule: the server's answer does.
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { ORG_ROLE_LABELS, SEAT_LABELS } from '../../../api/role-labels';
import type { MemberAccess, OrgMemberPreview, UpdateMemberResult, UserRow } from '../../../api/users';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { HeldRoleChanges, ImpactChanges, placesText } from '../../../components/ui/impact-changes';
import { failureText, useInstantSave, type ControlState } from '../../../components/ui/instant-save';
import { useToast } from '../../../components/ui/toast';
import { refreshWorld } from '../../../lib/query-scopes';
import { useUpdateMember } from '../api/update-member';
import { changeDescription, changeTitle, inverseOf, undoneTitle } from './member-change-text';

/** The fields a row saves at once, one per select. */
export type MemberField = keyof MemberAccess;
type MemberPatch = Partial<MemberAccess>;

interface MemberChange {
  change: (row: UserRow, patch: MemberPatch) => void;
  /**
   * What a row's select shows (instant-save.ts): the value picked, at once and while it is saved or
   * confirmed, then only what the server confirmed; and why its last change failed.
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

/** The id of a row's select for one field: a confirmation sends focus back to it. */
export const memberControlId = (userId: string, field: MemberField): string => `member-${field}-${userId}`;

/** The select a change is shown on: the org role when it is part of it (Undo sends the seat too). */
function shownOn(patch: MemberPatch): { field: MemberField; value: string } | null {
  for (const field of ['orgRole', 'modelsSeat', 'weaveAccess'] as const) {
    const value = patch[field];
    if (value !== undefined) return { field, value };
  }
  return null;
}

/** A change held for the admin's confirmation, with the server's preview of it. */
interface Confirming {
  row: UserRow;
  patch: MemberPatch;
  key: string;
  preview: OrgMemberPreview;
  /** The state changed since the last preview shown: the server's words (this is the fresh one). */
  changed: string | null;
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
  const instant = useInstantSave<string>();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  const { save: saveInstant, hold, release, fail } = instant;

  const undo = useCallback(
    async (result: UpdateMemberResult) => {
      const body = inverseOf(result);
      const shown = shownOn(body);
      const work = () => mutateAsync({ userId: result.id, body });
      const saved = await saveInstant(
        shown ? keyOf(result.id, shown.field) : `${result.id}:`,
        shown?.value ?? '',
        work,
      );
      // Undo is pressed in the toast: answer there too, the row may be out of sight.
      if (saved.ok && saved.result.kind === 'done')
        toast({ title: undoneTitle(saved.result.result), tone: 'info' });
      else if (!saved.ok)
        toast({ title: 'Could not undo', description: failureText(saved.error), tone: 'danger' });
    },
    [mutateAsync, saveInstant, toast],
  );

  const done = useCallback(
    (result: UpdateMemberResult) => {
      if (result.selfDemotion) {
        // Their own capabilities changed: the session, the nav and every list follow.
        void refreshWorld(queryClient);
        toast({
          title: `You are now ${ORG_ROLE_LABELS[result.after.orgRole]} of ${orgName}`,
          description: result.undoNote ?? undefined,
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
    [orgName, queryClient, toast, undo],
  );

  /** Sends the change; the select keeps showing the pick until the server has answered. */
  const submit = useCallback(
    async (row: UserRow, patch: MemberPatch, key: string, extra: { ask: true } | { expected: string }) => {
      try {
        const outcome = await mutateAsync({ userId: row.id, body: { ...patch, ...extra } });
        if (outcome.kind === 'confirm') {
          setConfirming({ row, patch, key, preview: outcome.preview, changed: outcome.changed });
          return;
        }
        release(key);
        done(outcome.result);
      } catch (error) {
        fail(key, error);
      }
    },
    [mutateAsync, release, fail, done],
  );

  const change = useCallback(
    (row: UserRow, patch: MemberPatch) => {
      const shown = shownOn(patch);
      if (!shown) return;
      // The row shows the pick in this very frame; a refusal or a cancel puts the confirmed value back.
      const key = keyOf(row.id, shown.field);
      hold(key, shown.value);
      void submit(row, patch, key, { ask: true });
    },
    [hold, submit],
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
    if (confirming) release(confirming.key);
    setConfirming(null);
  };
  return (
    <MemberChangeContext.Provider value={value}>
      {children}
      {confirming ? (
        <ConfirmChangeDialog
          confirming={confirming}
          returnFocus={() => {
            // Back to the row's select it was picked in (it has no Radix trigger of its own), by the id
            // the row gives it: the same on the plain button and the real select, whatever the row's name.
            const shown = shownOn(confirming.patch);
            return shown ? document.getElementById(memberControlId(confirming.row.id, shown.field)) : null;
          }}
          orgName={orgName}
          onCancel={cancel}
          onConfirm={() => {
            setConfirming(null);
            void submit(confirming.row, confirming.patch, confirming.key, {
              expected: confirming.preview.version,
            });
          }}
        />
      ) : null}
    </MemberChangeContext.Provider>
  );
}

function ConfirmChangeDialog({
  confirming: { row, patch, preview, changed },
  orgName,
  onCancel,
  onConfirm,
  returnFocus,
}: {
  confirming: Confirming;
  returnFocus: () => HTMLElement | null;
  orgName: string;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const role = patch.orgRole ? ORG_ROLE_LABELS[patch.orgRole] : null;
  const seat = patch.modelsSeat ? SEAT_LABELS[patch.modelsSeat] : '';
  const self = preview.selfDemotion;
  const changes = preview.changes.filter((c) => c.losesPermissions);
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
          : `${changes.length > 0 ? 'This takes permissions away. ' : ''}Nothing changes until you confirm.${preview.undoNote ? ` ${preview.undoNote}` : ''}`
      }
      confirmLabel={self ? 'Demote myself' : role ? `Make ${role}` : `Change seat to ${seat}`}
      onConfirm={onConfirm}
      returnFocus={returnFocus}
    >
      {changed ? (
        <p className="impact-note" role="alert">
          {changed}
        </p>
      ) : null}
      {self && preview.undoNote ? <p className="impact-note">{preview.undoNote}</p> : null}
      {changes.length > 0 ? (
        <>
          <p className="impact-lead">
            {who} permissions in {placesText(changes)}:
          </p>
          <ImpactChanges changes={changes} />
        </>
      ) : null}
      {preview.heldRoles.length > 0 ? (
        <>
          <p className="impact-lead">{preview.heldRolesNote}</p>
          <HeldRoleChanges changes={preview.heldRoles} label={`Roles ${row.name} holds that change`} />
        </>
      ) : null}
    </ConfirmDialog>
  );
}
