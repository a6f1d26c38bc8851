// Team Projects tab > Create new project: name, description, Project Visibility; Restricted shows
// "Invite team members" (members and the team's service accounts).
import { Controller, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { PROJECT_NAME_PATTERN } from '../../../api/projects';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { Form, FormError, TextField, applyServerErrors, useZodForm } from '../../../components/ui/form';
import { reasonText } from '../../../components/ui/guarded';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { useToast } from '../../../components/ui/toast';
import { useCreateProjectOptions } from '../api/project-queries';
import { useCreateProject } from '../api/project-mutations';
import { InviteeChecklist } from './invitee-checklist';
import { VisibilityPicker } from './visibility-picker';

const formSchema = z.object({
  name: z
    .string()
    .trim()
    .regex(PROJECT_NAME_PATTERN, 'Start with a letter or digit; use letters, digits, ., - or _'),
  description: z.string().max(500, 'At most 500 characters'),
  visibility: z.enum(['open', 'public', 'team', 'restricted']),
  invitees: z.array(z.string()),
});

function CreateProjectForm({ team, onDone }: { team: string; onDone: () => void }) {
  const options = useCreateProjectOptions(team, true);
  const create = useCreateProject(team);
  const navigate = useNavigate();
  const toast = useToast();
  const form = useZodForm(formSchema, { name: '', description: '', visibility: 'team', invitees: [] });
  const visibility = useWatch({ control: form.control, name: 'visibility' });
  if (options.isPending) return <Skeleton height={280} />;
  if (options.isError) return <ErrorState error={options.error} onRetry={() => void options.refetch()} />;
  if (!options.data.canCreate.allowed) {
    return (
      <p className="form-error" role="alert">
        {reasonText(options.data.canCreate)}
      </p>
    );
  }
  return (
    <Form
      form={form}
      id="create-project"
      onSubmit={(values) =>
        create.mutate(
          { ...values, invitees: values.visibility === 'restricted' ? values.invitees : [] },
          {
            onSuccess: (p) => {
              toast({ title: `Project ${p.name} created` });
              onDone();
              void navigate(`/${p.team}/${p.name}/overview`);
            },
            onError: (error) => applyServerErrors(form, error),
          },
        )
      }
    >
      <TextField name="name" label="Project name" placeholder="e.g. depth-estimation" autoComplete="off" />
      <TextField name="description" label="Description (optional)" autoComplete="off" />
      <Controller
        control={form.control}
        name="visibility"
        render={({ field }) => (
          <VisibilityPicker
            name="visibility"
            value={field.value}
            options={options.data.visibilities}
            onChange={field.onChange}
          />
        )}
      />
      {visibility === 'restricted' ? (
        <Controller
          control={form.control}
          name="invitees"
          render={({ field }) => (
            <fieldset className="fieldset invitees">
              <legend className="field-label">Invite team members</legend>
              <span className="muted small">
                You are added as the owner. Service accounts need adding too.
              </span>
              <InviteeChecklist
                invitees={options.data.invitees}
                picked={(id) => field.value.includes(id)}
                onToggle={(id, on) =>
                  field.onChange(on ? [...field.value, id] : field.value.filter((x) => x !== id))
                }
              />
            </fieldset>
          )}
        />
      ) : null}
      <FormError />
    </Form>
  );
}

export function CreateProjectDialog({
  team,
  open,
  onOpenChange,
}: {
  team: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Create new project"
      description={`A project of team ${team}. Its visibility decides who can see it and submit to it.`}
      footer={
        <>
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button variant="primary" type="submit" form="create-project">
            Create project
          </Button>
        </>
      }
    >
      {open ? <CreateProjectForm team={team} onDone={() => onOpenChange(false)} /> : null}
    </Dialog>
  );
}
