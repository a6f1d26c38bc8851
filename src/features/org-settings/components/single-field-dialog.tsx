// A settings dialog with one text field (the org's name, the access contact): Save keeps the input
// whatever the server answers, and puts its refusal on the field or above the buttons.
import type { ComponentProps } from 'react';
import type { DefaultValues, FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { Dialog } from '../../../components/ui/dialog';
import { applyServerErrors, Form, FormError, TextField, useZodForm } from '../../../components/ui/form';
import { FormButtons } from './form-buttons';

/** Mounted only while open, so each opening starts from the saved value. */
export function SingleFieldDialog<S extends z.ZodType<FieldValues, FieldValues>>({
  title,
  description,
  id,
  schema,
  values,
  field,
  saveLabel,
  busy,
  onSave,
  onClose,
}: {
  title: string;
  description: string;
  /** The form's id. */
  id: string;
  schema: S;
  values: DefaultValues<z.input<S>>;
  field: ComponentProps<typeof TextField>;
  saveLabel: string;
  busy: boolean;
  /** Saves (and says so) the checked values; a thrown refusal stays in the dialog. */
  onSave: (values: z.input<S>) => Promise<void>;
  onClose: () => void;
}) {
  const form = useZodForm(schema, values);
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={title} description={description}>
      <Form
        form={form}
        id={id}
        onSubmit={async (submitted) => {
          try {
            await onSave(submitted);
            onClose();
          } catch (error) {
            applyServerErrors(form, error);
          }
        }}
      >
        <TextField {...field} />
        <FormError />
        <FormButtons label={saveLabel} busyLabel="Saving…" busy={busy} onCancel={onClose} />
      </Form>
    </Dialog>
  );
}
