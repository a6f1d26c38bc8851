// One way to build forms: react-hook-form validated by a zod schema as you type, with the server's
// field errors placed on the fields they name and its other refusals shown above the buttons.
// Input is never cleared on failure.
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import {
  useForm,
  useFormContext,
  FormProvider,
  type DefaultValues,
  type FieldValues,
  type Path,
  type UseFormReturn,
} from 'react-hook-form';
import type { z } from 'zod';
import { ApiError } from '../../api/client';
import { errorMessage } from '../../lib/errors';

export function useZodForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  defaultValues: DefaultValues<z.input<S>>,
): UseFormReturn<z.input<S>, unknown, z.output<S>> {
  return useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema),
    defaultValues,
    mode: 'onChange',
  });
}

/**
 * Puts an API error on the form: field errors on their fields (unknown fields and refusals go to
 * `root.server`). Returns true when the error was an ApiError.
 */
export function applyServerErrors<T extends FieldValues>(
  form: UseFormReturn<T, unknown, FieldValues>,
  error: unknown,
): boolean {
  if (!(error instanceof ApiError)) {
    form.setError('root.server', { message: errorMessage(error) });
    return false;
  }
  const names = Object.keys(form.getValues());
  let placed = false;
  for (const [field, message] of Object.entries(error.fieldErrors)) {
    if (names.includes(field)) {
      form.setError(field as Path<T>, { type: 'server', message }, { shouldFocus: !placed });
      placed = true;
    }
  }
  if (!placed) form.setError('root.server', { type: 'server', message: error.message });
  return true;
}

export function Form<T extends FieldValues>({
  form,
  onSubmit,
  children,
  id,
  className,
}: {
  form: UseFormReturn<T, unknown, FieldValues>;
  onSubmit: (values: T) => void | Promise<void>;
  children: ReactNode;
  id?: string;
  className?: string;
}) {
  return (
    <FormProvider {...form}>
      <form
        id={id}
        className={className ?? 'form'}
        noValidate
        onSubmit={(e) => {
          form.clearErrors('root.server');
          void form.handleSubmit((values) => onSubmit(values as T))(e);
        }}
      >
        {children}
      </form>
    </FormProvider>
  );
}

/** The server's refusal that is not about one field, shown above the form's buttons. */
export function FormError() {
  const { formState } = useFormContext();
  const message = formState.errors.root?.server?.message;
  if (!message) return null;
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}

export function TextField({
  name,
  label,
  hint,
  ...input
}: { name: string; label: string; hint?: ReactNode } & Omit<InputHTMLAttributes<HTMLInputElement>, 'name'>) {
  const { register, formState } = useFormContext();
  const id = useId();
  const error = formState.errors[name]?.message;
  const message = typeof error === 'string' ? error : undefined;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className={`input ${message ? 'input-invalid' : ''}`}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${id}-error` : hint ? `${id}-hint` : undefined}
        {...input}
        {...register(name)}
      />
      {message ? (
        <span id={`${id}-error`} className="field-error">
          {message}
        </span>
      ) : hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}
