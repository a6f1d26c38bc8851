// User settings → API keys → New key: a name, then the secret, shown once with Copy.
import { useState } from 'react';
import { createApiKeyBodySchema, type CreatedApiKey } from '../../../api/auth';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { Form, FormError, TextField, applyServerErrors, useZodForm } from '../../../components/ui/form';
import { SecretKey } from '../../../components/ui/secret-key';
import { useCreateApiKey } from '../api/api-keys';

export function CreateKeyDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (o: boolean) => void;
}) {
  const form = useZodForm(createApiKeyBodySchema, { name: '' });
  const create = useCreateApiKey();
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const close = (next: boolean) => {
    if (!next) {
      setCreated(null);
      form.reset();
    }
    onOpenChange(next);
  };
  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title={created ? `API key ${created.key.name}` : 'New API key'}
      description={
        created
          ? 'Copy this key now: it will not be shown again. Anyone who has it can act as you.'
          : 'Name the key for where it will be used, so you know which one to revoke.'
      }
      footer={
        created ? (
          <Button variant="primary" onClick={() => close(false)}>
            Done
          </Button>
        ) : (
          <>
            <Button onClick={() => close(false)}>Cancel</Button>
            <Button variant="primary" type="submit" form="new-api-key" disabled={create.isPending}>
              Create key
            </Button>
          </>
        )
      }
    >
      {created ? (
        <SecretKey secret={created.secret} label={`API key ${created.key.name}`} />
      ) : (
        <Form
          form={form}
          id="new-api-key"
          onSubmit={(values) =>
            create.mutate(values, {
              onSuccess: setCreated,
              onError: (error) => applyServerErrors(form, error),
            })
          }
        >
          <TextField name="name" label="Name" placeholder="e.g. laptop, ci-script" autoComplete="off" />
          <FormError />
        </Form>
      )}
    </Dialog>
  );
}
