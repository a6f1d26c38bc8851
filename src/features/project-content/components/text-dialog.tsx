// One field, one button: a report's title (create, edit), a comment, a sweep's name. The server's
// refusal lands on the field or above the buttons; what was typed stays.
import { useId } from 'react';
import { z } from 'zod';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { Form, FormError, TextField, applyServerErrors, useZodForm } from '../../../components/ui/form';

export function TextDialog({
  title,
  description,
  label,
  field,
  initial = '',
  max,
  submitLabel,
  busy,
  onSubmit,
  onClose,
}: {
  title: string;
  description?: string;
  label: string;
  /** The request field the server names in its errors. */
  field: string;
  initial?: string;
  max: number;
  submitLabel: string;
  busy: boolean;
  /** Resolves when done; rejects with the API's error, which is placed on the form. */
  onSubmit: (value: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const id = useId();
  const schema = z.object({
    [field]: z.string().trim().min(1, `${label} is empty`).max(max, `At most ${max} characters`),
  });
  const form = useZodForm(schema, { [field]: initial });
  return (
    <Dialog
      open
      onOpenChange={(open) => (open ? null : onClose())}
      title={title}
      description={description}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" type="submit" form={id} disabled={busy}>
            {busy ? 'Working…' : submitLabel}
          </Button>
        </>
      }
    >
      <Form
        form={form}
        id={id}
        onSubmit={(values) =>
          onSubmit(String(values[field] ?? '')).then(onClose, (error: unknown) => {
            applyServerErrors(form, error);
          })
        }
      >
        <TextField name={field} label={label} autoComplete="off" />
        <FormError />
      </Form>
    </Dialog>
  );
}
