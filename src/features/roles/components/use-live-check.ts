// Keeps the builder in step with the server's live check: its field errors land in place (once the
// person has touched the field), and added permissions the chosen base already grants are taken out
// of the added list, with a note saying which (§7 Decision).
import { useEffect, useState } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useRoleCheck } from '../api/check-role';
import type { RoleFormValues } from './role-form';

const LIVE_FIELDS = ['name', 'added'] as const;

export function useLiveCheck(
  org: string,
  roleId: string | null,
  form: UseFormReturn<RoleFormValues, unknown, RoleFormValues>,
) {
  const values = useWatch({ control: form.control }) as RoleFormValues;
  const body = {
    roleId,
    name: values.name ?? '',
    description: values.description ?? '',
    base: values.base ?? 'viewer',
    added: values.added ?? [],
  };
  const check = useRoleCheck(org, body, true);
  const [dropped, setDropped] = useState<{ base: string; permissions: string[] } | null>(null);
  const data = check.isPlaceholderData ? undefined : check.data;
  // Derived state, adjusted while rendering: a new answer that takes permissions out sets the note.
  const [seen, setSeen] = useState(data);
  if (data !== seen) {
    setSeen(data);
    const taken = data?.becameInherited.filter((p) => body.added.includes(p)) ?? [];
    if (taken.length > 0) setDropped({ base: body.base, permissions: taken });
  }

  useEffect(() => {
    if (!data) return;
    for (const field of LIVE_FIELDS) {
      const message = data.fieldErrors[field];
      const state = form.getFieldState(field);
      if (message && state.isDirty) {
        if (state.error?.message !== message) form.setError(field, { type: 'server', message });
      } else if (state.error?.type === 'server') {
        form.clearErrors(field);
      }
    }
    if (data.becameInherited.length > 0) {
      const current = form.getValues('added');
      const kept = current.filter((p) => !data.becameInherited.includes(p));
      if (kept.length !== current.length)
        form.setValue('added', kept, { shouldDirty: true, shouldValidate: true });
    }
  }, [data, form]);

  return {
    check: data,
    /** Which added permissions the base change made inherited, while that base is chosen. */
    dropped: dropped && dropped.base === body.base ? dropped.permissions : [],
  };
}
