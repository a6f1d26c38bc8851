// One field, one button: a report's title (create), a comment, a sweep's name. The server's refusal
// lands on the field or above the buttons; what was typed stays.
import { z } from 'zod';
import { TextField, useZodForm } from '../../../components/ui/form';
import { FormDialog } from './form-dialog';

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
  const schema = z.object({
    [field]: z.string().trim().min(1, `${label} is empty`).max(max, `At most ${max} characters`),
  });
  const form = useZodForm(schema, { [field]: initial });
  return (
    <FormDialog
      form={form}
      title={title}
      description={description}
      submitLabel={submitLabel}
      busy={busy}
      onSubmit={(values) => onSubmit(String(values[field] ?? ''))}
      onClose={onClose}
    >
      {() => <TextField name={field} label={label} autoComplete="off" />}
    </FormDialog>
  );
}
