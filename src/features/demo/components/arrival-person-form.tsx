// Name and email of someone arriving (sign-up or first SSO sign-in); input stays when refused.
import type { ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { ssoSignInBodySchema, type PersonBody } from '../../../api/arrivals';
import { Button } from '../../../components/ui/button';
import { applyServerErrors, Form, FormError, TextField, useZodForm } from '../../../components/ui/form';

export function ArrivalPersonForm({
  id,
  submitLabel,
  busy,
  onSubmit,
  extra,
}: {
  id: string;
  submitLabel: string;
  busy: boolean;
  /** Resolves when done; rejects with the API error, which lands on the fields or above the button. */
  onSubmit: (person: PersonBody) => Promise<unknown>;
  /** Choices that depend on the email typed (the sign-up's teams and organization). */
  extra?: (email: string) => ReactNode;
}) {
  const form = useZodForm(ssoSignInBodySchema, { name: '', email: '' });
  const email = useWatch({ control: form.control, name: 'email' });
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
      {extra ? <div className="arrival-extra">{extra(email)}</div> : null}
      <FormError />
      <div>
        <Button type="submit" disabled={busy}>
          {submitLabel}
        </Button>
      </div>
    </Form>
  );
}
