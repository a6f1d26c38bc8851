// "Edit role and teams" of a pending invite. The choices come from the options endpoint asked about
// this invite (so its own Full seat counts as kept, not as one more).
import { useId } from 'react';
import { z } from 'zod';
import { orgRoleSchema, seatSchema } from '../../../api/common';
import { inviteTeamSchema, type InviteDetail, type InviteOptions } from '../../../api/invites';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { applyServerErrors, Form, FormError, useZodForm } from '../../../components/ui/form';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { useToast } from '../../../components/ui/toast';
import { useUpdateInvite } from '../api/invites-change';
import { useInviteOptions } from '../api/invites-options';
import { InviteAccessFields } from './invite-access-fields';

const editSchema = z.object({
  orgRole: orgRoleSchema,
  modelsSeat: seatSchema,
  teams: z.array(inviteTeamSchema),
});
type EditValues = z.infer<typeof editSchema>;

export function InviteEditDialog({
  org,
  invite,
  onClose,
}: {
  org: string;
  invite: InviteDetail;
  onClose: () => void;
}) {
  const options = useInviteOptions(org, invite.id);
  return (
    <Dialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title="Edit role and teams"
      description={`The invite to ${invite.email}. Changes apply when they join; the expiry stays.`}
      wide
      footer={options.data ? undefined : <Button onClick={onClose}>Cancel</Button>}
    >
      {options.data ? (
        <EditForm org={org} invite={invite} options={options.data} onClose={onClose} />
      ) : options.isError ? (
        <ErrorState error={options.error} onRetry={() => void options.refetch()} />
      ) : (
        <div className="stack-sm" aria-busy="true" aria-label="Loading choices">
          <Skeleton height={34} />
          <Skeleton height={120} />
        </div>
      )}
    </Dialog>
  );
}

function EditForm({
  org,
  invite,
  options,
  onClose,
}: {
  org: string;
  invite: InviteDetail;
  options: InviteOptions;
  onClose: () => void;
}) {
  const formId = useId();
  const form = useZodForm(editSchema, {
    orgRole: invite.orgRole,
    modelsSeat: invite.modelsSeat,
    teams: invite.teams.map((t) => ({ teamId: t.teamId, role: t.role })),
  });
  const update = useUpdateInvite(org);
  const toast = useToast();
  const onSubmit = async (values: EditValues) => {
    try {
      // Weave access follows the Models seat, as when the invite was sent.
      const seatChanged = values.modelsSeat !== invite.modelsSeat;
      await update.mutateAsync({
        id: invite.id,
        body: { ...values, ...(seatChanged ? { weaveAccess: values.modelsSeat } : {}) },
      });
      toast({ title: `Invite to ${invite.email} updated` });
      onClose();
    } catch (error) {
      applyServerErrors(form, error);
    }
  };
  return (
    <Form form={form} onSubmit={onSubmit} id={formId} className="form invite-form">
      <InviteAccessFields options={options} editing />
      <FormError />
      <div className="dialog-footer invite-edit-footer">
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="primary" type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? 'Saving…' : 'Save changes'}
        </Button>
      </div>
    </Form>
  );
}
