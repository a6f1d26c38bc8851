// Name and email of someone arriving (sign-up or first SSO sign-in); input stays when refused.
import { signupBodySchema, type PersonBody } from '../../../api/arrivals';
import { Button } from '../../../components/ui/button';
import { applyServerErrors, Form, FormError, TextField, useZodForm } from '../../../components/ui/form';

export function ArrivalPersonForm({
  id,
  submitLabel,
  busy,
  onSubmit,
}: {
  id: string;
  submitLabel: string;
  busy: boolean;
  /** Resolves when done; rejects with the API error, which lands on the fields or above the button. */
  onSubmit: (person: PersonBody) => Promise<unknown>;
}) {
  const form = useZodForm(signupBodySchema, { name: '', email: '' });
  return (
    <Form
      form={form}
      id={id}
      className="arrival-form"
      onSubmit={async (values) => {
        try {
          await onSubmit(values);
        } catch (error) {
          applyServerErrors(form, error);
        }
      }}
    >
      <TextField name="name" label="Name" autoComplete="off" />
      <TextField name="email" label="Email" autoComplete="off" spellCheck={false} />
      <FormError />
      <div>
        <Button type="submit" disabled={busy}>
          {submitLabel}
        </Button>
      </div>
    </Form>
  );
}
