// "Invite new user" (SaaS) / "Add user" (Dedicated, Self-managed): who, which teams, which role and
// seat. Validated as you type (zod here, the engine's dry run on the server); refusals land on their
// fields or above the buttons, and the input stays.
import { useId } from 'react';
import type { InviteOptions } from '../../../api/invites';
import { Button } from '../../../components/ui/button';
import { Checkbox } from '../../../components/ui/checkbox';
import { Dialog } from '../../../components/ui/dialog';
import { applyServerErrors, Form, FormError, TextField, useZodForm } from '../../../components/ui/form';
import { useToast } from '../../../components/ui/toast';
import { fullDate } from '../../../lib/format';
import { useSendInvite } from '../api/invites-send';
import { InviteAccessFields } from './invite-access-fields';
import { firstAllowed, inviteFormSchema, inviteLabels, type InviteFormValues } from './invite-form-schema';
import { InviteeNote } from './invite-invitee-note';

export function InviteDialog({
  org,
  options,
  open,
  onOpenChange,
}: {
  org: string;
  options: InviteOptions;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const formId = useId();
  const labels = inviteLabels(options.flow);
  const memberSeats = options.roles.find((r) => r.value === 'member')?.seats ?? [];
  const form = useZodForm(inviteFormSchema, {
    email: '',
    orgRole: 'member',
    modelsSeat: (firstAllowed(memberSeats) ?? 'none') as InviteFormValues['modelsSeat'],
    teams: [],
    sendEmail: true,
  });
  const send = useSendInvite(org);
  const toast = useToast();
  const sendEmail = form.watch('sendEmail');

  const onSubmit = async (values: InviteFormValues) => {
    try {
      const done = await send.mutateAsync(values);
      const who = done.invitee ? `${done.invitee.name} (${done.invite.email})` : done.invite.email;
      toast(
        options.flow === 'invite'
          ? { title: `Invite sent to ${who}`, description: `It expires ${fullDate(done.invite.expiresAt)}.` }
          : {
              title: `Added ${who}`,
              description: done.emailSent
                ? 'An invite email is on its way.'
                : 'No email was sent: tell them to sign in to join.',
            },
      );
      form.reset();
      onOpenChange(false);
    } catch (error) {
      applyServerErrors(form, error);
    }
  };

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={labels.title}
      description={
        options.flow === 'invite'
          ? `They join ${options.org.name} when they accept. Invites expire after ${options.inviteTtlDays} days.`
          : `They join ${options.org.name} with this role and seat when they first sign in.`
      }
      wide
      footer={
        <>
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button variant="primary" type="submit" form={formId} disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? 'Sending…' : labels.submit}
          </Button>
        </>
      }
    >
      <Form form={form} onSubmit={onSubmit} id={formId} className="form invite-form">
        <TextField
          name="email"
          label="Email or username"
          placeholder="name@example.com or a username"
          autoComplete="off"
          spellCheck={false}
        />
        <InviteeNote org={org} />
        <InviteAccessFields options={options} />
        {options.flow === 'add-user' ? (
          <Checkbox
            label="Send invite email to user"
            checked={sendEmail}
            onChange={(on) => form.setValue('sendEmail', on, { shouldDirty: true })}
          />
        ) : null}
        <FormError />
      </Form>
    </Dialog>
  );
}
