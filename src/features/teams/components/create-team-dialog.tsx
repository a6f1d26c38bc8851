// "Create a team to collaborate" (§4): name (never renamed), storage fixed at creation, then open it.
import { useNavigate } from 'react-router';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { Decision } from '../../../api/common';
import { TEAM_NAME_PATTERN } from '../../../api/team-settings';
import { Button } from '../../../components/ui/button';
import { ReasonWithWhy } from '../../../components/ui/why-button';
import { Dialog } from '../../../components/ui/dialog';
import { Form, FormError, TextField, applyServerErrors, useZodForm } from '../../../components/ui/form';
import { useToast } from '../../../components/ui/toast';
import { useCreateTeam } from '../api/create-team';

const formSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(3, 'Use at least 3 characters')
      .max(32, 'Use at most 32 characters')
      .regex(TEAM_NAME_PATTERN, 'Use lowercase letters, digits, - or _ only'),
    storageKind: z.enum(['managed', 'external']),
    bucket: z.string().trim(),
  })
  .superRefine((v, ctx) => {
    if (v.storageKind === 'external' && v.bucket.length < 3)
      ctx.addIssue({
        code: 'custom',
        path: ['bucket'],
        message: 'Enter the bucket, e.g. s3://acme-ml-artifacts',
      });
  });

export function CreateTeamDialog({
  org,
  open,
  onOpenChange,
  externalStorage,
}: {
  org: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  externalStorage: Decision;
}) {
  const form = useZodForm(formSchema, { name: '', storageKind: 'managed', bucket: '' });
  const create = useCreateTeam(org);
  const navigate = useNavigate();
  const toast = useToast();
  const storageKind = useWatch({ control: form.control, name: 'storageKind' });

  const submit = (values: z.output<typeof formSchema>) =>
    create.mutate(
      values.storageKind === 'external'
        ? { name: values.name, storageKind: 'external', bucket: values.bucket }
        : { name: values.name, storageKind: 'managed' },
      {
        onSuccess: ({ name }) => {
          toast({
            title: `Team ${name} created`,
            description: 'You are its first admin. Invite people from Team settings.',
          });
          onOpenChange(false);
          form.reset();
          void navigate(`/${name}`);
        },
        onError: (error) => applyServerErrors(form, error),
      },
    );

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Create a team to collaborate"
      description="Teams own projects and decide who works in them. You become the team's first admin."
      footer={
        <>
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button variant="primary" type="submit" form="create-team" disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create team'}
          </Button>
        </>
      }
    >
      <Form form={form} onSubmit={submit} id="create-team">
        <TextField
          name="name"
          label="Team name"
          placeholder="e.g. ml-research"
          autoComplete="off"
          hint="Lowercase letters, digits, - and _, 3–32 characters, unique across every organization. It cannot be renamed later."
        />
        <fieldset className="fieldset">
          <legend className="field-label">Storage</legend>
          <label className="radio">
            <input type="radio" value="managed" {...form.register('storageKind')} />
            <span>
              <strong>W&B managed</strong>
              <span className="muted small block">Runs and artifacts are stored by W&B.</span>
            </span>
          </label>
          <label className={`radio ${externalStorage.allowed ? '' : 'radio-disabled'}`}>
            <input
              type="radio"
              value="external"
              disabled={!externalStorage.allowed}
              {...form.register('storageKind')}
            />
            <span>
              <strong>External bucket</strong>
              {externalStorage.allowed ? (
                <span className="muted small block">
                  Your own cloud bucket. Storage cannot be changed after creation.
                </span>
              ) : (
                <ReasonWithWhy
                  decision={externalStorage}
                  what="External bucket"
                  className="muted small block"
                />
              )}
            </span>
          </label>
        </fieldset>
        {storageKind === 'external' ? (
          <TextField name="bucket" label="Bucket" placeholder="s3://acme-ml-artifacts" />
        ) : null}
        <FormError />
      </Form>
    </Dialog>
  );
}
