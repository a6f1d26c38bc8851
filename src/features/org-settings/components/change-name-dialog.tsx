// Change name: a modal with the name field; Save name keeps the input whatever the server answers.
import { orgNameFormSchema } from '../../../api/org-settings';
import { Dialog } from '../../../components/ui/dialog';
import { applyServerErrors, Form, FormError, TextField, useZodForm } from '../../../components/ui/form';
import { useToast } from '../../../components/ui/toast';
import { useChangeOrgSettings } from '../api/update-org-settings';
import { FormButtons } from './form-buttons';

/** Mounted only while open, so each opening starts from the saved name. */
export function ChangeNameDialog({
  org,
  current,
  onClose,
}: {
  org: string;
  current: string;
  onClose: () => void;
}) {
  const form = useZodForm(orgNameFormSchema, { name: current });
  const rename = useChangeOrgSettings(org, 'rename');
  const toast = useToast();
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title="Change name"
      description="The organization's display name."
    >
      <Form
        form={form}
        id="change-org-name"
        onSubmit={async ({ name }) => {
          try {
            const saved = await rename.mutateAsync({ name });
            toast({ title: `Organization renamed to ${saved.org.name}` });
            onClose();
          } catch (error) {
            applyServerErrors(form, error);
          }
        }}
      >
        <TextField name="name" label="Organization name" autoComplete="organization" maxLength={80} />
        <FormError />
        <FormButtons label="Save name" busyLabel="Saving…" busy={rename.isPending} onCancel={onClose} />
      </Form>
    </Dialog>
  );
}
