// Team settings > Users > Invite a new user: an org user joins at once; anyone else gets an org
// invite as Member that lands them in the team.
import { Controller } from 'react-hook-form';
import { z } from 'zod';
import type { RoleOption } from '../../../api/team-settings';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { Form, FormError, TextField, applyServerErrors, useZodForm } from '../../../components/ui/form';
import { Select } from '../../../components/ui/select';
import { useToast } from '../../../components/ui/toast';
import { useInviteToTeam } from '../api/team-settings';

const formSchema = z.object({
  emailOrUsername: z.string().trim().min(1, 'Enter an email or username').max(254, 'That is too long'),
  role: z.string().min(1, 'Select a team role'),
});

export function TeamInviteDialog({
  team,
  roles,
  open,
  onOpenChange,
}: {
  team: string;
  roles: RoleOption[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const firstAllowed =
    roles.find((r) => r.value === 'member' && r.decision.allowed) ?? roles.find((r) => r.decision.allowed);
  const form = useZodForm(formSchema, { emailOrUsername: '', role: firstAllowed?.value ?? '' });
  const invite = useInviteToTeam(team);
  const toast = useToast();
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Invite a new user"
      description={`Someone already in the organization joins ${team} at once; anyone else gets an invite to the organization as a Member.`}
      footer={
        <>
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button variant="primary" type="submit" form="team-invite" disabled={invite.isPending}>
            {invite.isPending ? 'Inviting…' : 'Invite'}
          </Button>
        </>
      }
    >
      <Form
        form={form}
        id="team-invite"
        onSubmit={(values) =>
          invite.mutate(values, {
            onSuccess: (result) => {
              toast({
                title: result.outcome === 'added' ? 'Added to the team' : 'Invite sent',
                description: result.message,
              });
              form.reset({ emailOrUsername: '', role: values.role });
              onOpenChange(false);
            },
            onError: (error) => applyServerErrors(form, error),
          })
        }
      >
        <TextField
          name="emailOrUsername"
          label="Email or username"
          placeholder="name@company.com or username"
          autoComplete="off"
        />
        <Controller
          control={form.control}
          name="role"
          render={({ field }) => (
            <div className="field">
              <Select
                label="Select a team role"
                value={field.value}
                onChange={field.onChange}
                options={roles.map((r) => ({
                  value: r.value,
                  label: r.label,
                  refusal: r.decision,
                }))}
              />
            </div>
          )}
        />
        <FormError />
      </Form>
    </Dialog>
  );
}
