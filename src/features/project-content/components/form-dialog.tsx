// A dialog that is one form (a report's title and text, a comment, a sweep's name): Cancel and its submit
// button below, what was typed kept on a refusal, which lands on the field it names or above the buttons.
import { useId, type ReactNode } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { Form, FormError, applyServerErrors } from '../../../components/ui/form';

export function FormDialog<T extends FieldValues>({
  form,
  title,
  description,
  submitLabel,
  busy,
  onSubmit,
  onClose,
  children,
}: {
  form: UseFormReturn<T, unknown, FieldValues>;
  title: string;
  description?: string;
  submitLabel: string;
  busy: boolean;
  /** Resolves when done (the dialog closes); rejects with the API's error, which is placed on the form. */
  onSubmit: (values: T) => Promise<unknown>;
  onClose: () => void;
  /** The fields, given the form's id (for ids of their own). */
  children: (formId: string) => ReactNode;
}) {
  const id = useId();
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
          onSubmit(values).then(onClose, (error: unknown) => {
            applyServerErrors(form, error);
          })
        }
      >
        {children(id)}
        <FormError />
      </Form>
    </Dialog>
  );
}
