// The `…` menu of a pending or expired invite row: Resend, Edit role and teams, Revoke, and on the shared
// server Copy invite link (whoever may resend it may pass it on). What the viewer may do comes from the
// server when the menu opens; a refused item is disabled with the reason.
import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { UserRow } from '../../../api/users';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { GuardedMenuItem, MenuLabel, MenuSeparator, RowMenu } from '../../../components/ui/menu';
import { useToast } from '../../../components/ui/toast';
import { fullDate } from '../../../lib/format';
import { useResendInvite, useRevokeInvite } from '../api/invites-change';
import { inviteOptionsQuery, useInviteDetail } from '../api/invites-options';
import { InviteEditDialog } from './invite-edit-dialog';
import { errorMessage } from '../../../lib/errors';
import { SERVER_MODE } from '../../../lib/backend-mode';
import { inviteLink } from '../../../lib/invite-link';

export function InviteRowMenu({ row, org }: { row: UserRow; org: string }) {
  const [menuOpen, setMenuOpen] = useState(false);
  const [dialog, setDialog] = useState<'edit' | 'revoke' | null>(null);
  // Not while the revoke confirmation is open: once revoked, a refresh must not ask for the gone invite.
  const detail = useInviteDetail(org, row.id, menuOpen || dialog === 'edit');
  const resend = useResendInvite(org);
  const revoke = useRevokeInvite(org);
  const toast = useToast();
  const queryClient = useQueryClient();
  const can = detail.data?.can;
  // Fetch the edit dialog's choices while the menu is open, so the dialog opens ready.
  useEffect(() => {
    if (menuOpen && can?.update.allowed) void queryClient.prefetchQuery(inviteOptionsQuery(org, row.id));
  }, [menuOpen, can?.update.allowed, queryClient, org, row.id]);
  const failed = (title: string, error: unknown) =>
    toast({ title, description: errorMessage(error), tone: 'danger' });

  // Radix dialogs without their own trigger do not return focus: bring it back to this row's menu.
  const triggerRef = useRef<HTMLButtonElement>(null);
  const closeDialog = () => {
    setDialog(null);
    setTimeout(() => triggerRef.current?.focus(), 0);
  };

  // mutateAsync, not per-call callbacks: the row may leave the list (and unmount) before they run.
  const onResend = async () => {
    try {
      const { invite } = await resend.mutateAsync(row.id);
      toast({
        title: `Invite resent to ${invite.email}`,
        description: `It now expires ${fullDate(invite.expiresAt)}.`,
      });
    } catch (error) {
      failed('Could not resend the invite', error);
    }
  };
  const onCopyLink = () => {
    const link = inviteLink(row.id);
    // No clipboard outside a secure context (plain http on another host): the toast shows the link.
    void (navigator.clipboard?.writeText(link) ?? Promise.reject(new Error('no clipboard'))).then(
      () => toast({ title: `Invite link for ${row.email} copied`, description: link }),
      () => toast({ title: `Invite link for ${row.email}`, description: link, tone: 'info' }),
    );
  };
  const onRevoke = async () => {
    try {
      const { email } = await revoke.mutateAsync(row.id);
      setDialog(null);
      toast({ title: `Invite to ${email} revoked` });
    } catch {
      // Shown in the confirm dialog from revoke.error.
    }
  };

  return (
    <>
      <RowMenu label={`Actions for ${row.email}`} open={menuOpen} onOpenChange={setMenuOpen}>
        <MenuLabel>{row.status === 'expired' ? 'Invite expired' : 'Pending invite'}</MenuLabel>
        <GuardedMenuItem decision={can?.resend} onSelect={() => void onResend()}>
          Resend invite
        </GuardedMenuItem>
        {SERVER_MODE && row.status !== 'expired' ? (
          <GuardedMenuItem decision={can?.resend} onSelect={onCopyLink}>
            Copy invite link
          </GuardedMenuItem>
        ) : null}
        <GuardedMenuItem decision={can?.update} onSelect={() => setDialog('edit')}>
          Edit role and teams…
        </GuardedMenuItem>
        <MenuSeparator />
        <GuardedMenuItem decision={can?.revoke} onSelect={() => setDialog('revoke')}>
          Revoke invite…
        </GuardedMenuItem>
      </RowMenu>
      {detail.data && dialog === 'edit' ? (
        <InviteEditDialog org={org} invite={detail.data.invite} onClose={closeDialog} />
      ) : null}
      <ConfirmDialog
        open={dialog === 'revoke'}
        onOpenChange={(next) => {
          if (!next) {
            closeDialog();
            revoke.reset();
          }
        }}
        title={`Revoke the invite to ${row.email}?`}
        description="Their invite link stops working and the invite leaves the list. You can invite them again later."
        confirmLabel="Revoke invite"
        busy={revoke.isPending}
        error={revoke.error ? errorMessage(revoke.error) : undefined}
        onConfirm={() => void onRevoke()}
      >
        {row.modelsSeat === 'full' ? <p>The Full Models seat it holds becomes free.</p> : null}
      </ConfirmDialog>
    </>
  );
}
