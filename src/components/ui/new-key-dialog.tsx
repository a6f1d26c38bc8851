// A dialog that names a new key (a personal API key, a service account), then shows its secret once
// with Copy and Done. Closing it in either step starts the next opening afresh.
import { useState } from 'react';
import type { z } from 'zod';
import { Button } from './button';
import { Dialog } from './dialog';
import { applyServerErrors, Form, FormError, TextField, useZodForm } from './form';
import { SecretKey } from './secret-key';

type NameSchema = z.ZodType<{ name: string }, { name: string }>;

export function NewKeyDialog({
  open,
  onOpenChange,
  id,
  schema,
  title,
  description,
  placeholder,
  createLabel,
  busy,
  create,
  shown,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The form's id. */
  id: string;
  schema: NameSchema;
  title: string;
  description: string;
  placeholder: string;
  createLabel: string;
  busy: boolean;
  /** Creates it; the name the server kept and the secret. A thrown refusal goes on the form. */
  create: (name: string) => Promise<{ name: string; secret: string }>;
  /** What the dialog says once the secret is shown: it will not be shown again. */
  shown: (name: string) => { title: string; description: string; label?: string };
}) {
  const form = useZodForm(schema, { name: '' });
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const close = (next: boolean) => {
    if (!next) {
      setCreated(null);
      form.reset();
    }
    onOpenChange(next);
  };
  const said = created ? shown(created.name) : { title, description };
  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title={said.title}
      description={said.description}
      footer={
        created ? (
          <Button variant="primary" onClick={() => close(false)}>
            Done
          </Button>
        ) : (
          <>
            <Button onClick={() => close(false)}>Cancel</Button>
            <Button variant="primary" type="submit" form={id} disabled={busy}>
              {createLabel}
            </Button>
          </>
        )
      }
    >
      {created ? (
        <SecretKey secret={created.secret} label={shown(created.name).label} />
      ) : (
        <Form
          form={form}
          id={id}
          onSubmit={async ({ name }) => {
            try {
              setCreated(await create(name));
            } catch (error) {
              applyServerErrors(form, error);
            }
          }}
        >
          <TextField name="name" label="Name" placeholder={placeholder} autoComplete="off" />
          <FormError />
        </Form>
      )}
    </Dialog>
  );
}
