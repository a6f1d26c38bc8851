// "Create a role" and Edit: name, description, base role (Viewer or Member), Search permissions, and
// the Custom role permissions summary. Every refusal of the server lands in place; input is kept.
import { useId } from 'react';
import { useWatch } from 'react-hook-form';
import type { CustomRoleSummary, RolesList } from '../../../api/roles';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { Form, FormError, TextField, applyServerErrors, useZodForm } from '../../../components/ui/form';
import { useToast } from '../../../components/ui/toast';
import { useCreateRole, useUpdateRole } from '../api/change-roles';
import { PermissionPicker } from './permission-picker';
import { roleFormSchema, type RoleFormValues } from './role-form';
import { RolePermissionsSummary } from './role-permissions-summary';
import { useLiveCheck } from './use-live-check';
import '../role-builder.css';

const BASES = [
  { value: 'viewer', label: 'Viewer', ref: 'viewer', hint: 'Starts read-only: the View-Only permissions.' },
  { value: 'member', label: 'Member', ref: 'member', hint: 'Starts from what a team Member can do.' },
] as const;

export function RoleBuilderDialog({
  org,
  roles,
  editing,
  onClose,
}: {
  org: string;
  roles: RolesList;
  /** null: create a new role. */
  editing: CustomRoleSummary | null;
  onClose: () => void;
}) {
  const form = useZodForm(roleFormSchema, {
    name: editing?.name ?? '',
    description: editing?.description ?? '',
    base: editing?.base ?? 'viewer',
    added: editing?.added ?? [],
  });
  const create = useCreateRole(org);
  const update = useUpdateRole(org);
  const toast = useToast();
  const descriptionId = useId();
  const { check, dropped } = useLiveCheck(org, editing?.id ?? null, form);
  const base = useWatch({ control: form.control, name: 'base' });
  const added = useWatch({ control: form.control, name: 'added' });
  const baseLabel = roles.builtin.find((r) => r.ref === base)?.name ?? base;
  const inherited = roles.builtin.find((r) => r.ref === base)?.permissions ?? [];
  const addedError = form.formState.errors.added?.message;
  const pending = create.isPending || update.isPending;

  const setAdded = (next: string[]) =>
    form.setValue('added', next, { shouldDirty: true, shouldValidate: true });
  const submit = (values: RoleFormValues) => {
    const body = { ...values, description: values.description.trim() };
    const onError = (error: Error) => applyServerErrors(form, error);
    if (editing) {
      update.mutate(
        { id: editing.id, body },
        {
          onSuccess: (saved) => {
            toast({
              title: `${saved.name} saved`,
              description: 'Everyone holding the role has the change now.',
            });
            onClose();
          },
          onError,
        },
      );
    } else {
      create.mutate(body, {
        onSuccess: (saved) => {
          toast({
            title: `Role ${saved.name} created`,
            description: 'Team admins can now give it in Team settings > Users.',
          });
          onClose();
        },
        onError,
      });
    }
  };

  return (
    <Dialog
      open
      wide
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={editing ? `Edit ${editing.name}` : 'Create a role'}
      description="A custom role is a base role plus the permissions you add. Team admins give it to members of their teams."
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" type="submit" form="role-builder" disabled={pending}>
            {pending ? 'Saving…' : editing ? 'Save changes' : 'Create Role'}
          </Button>
        </>
      }
    >
      <Form form={form} onSubmit={submit} id="role-builder" className="form role-builder">
        <div className="role-builder-main">
          <TextField name="name" label="Name" placeholder="e.g. Launch Manager" autoComplete="off" />
          <div className="field">
            <label className="field-label" htmlFor={descriptionId}>
              Description
            </label>
            <textarea
              id={descriptionId}
              className="input textarea"
              rows={2}
              placeholder="What people with this role do"
              {...form.register('description')}
            />
          </div>
          <fieldset className="fieldset">
            <legend className="field-label">Base role</legend>
            <div className="radio-row">
              {BASES.map((b) => (
                <label key={b.value} className="radio">
                  <input type="radio" value={b.value} {...form.register('base')} />
                  <span>
                    <strong>{b.label}</strong>
                    <span className="muted small block">{b.hint}</span>
                  </span>
                </label>
              ))}
            </div>
            {dropped.length > 0 ? (
              <p className="role-note" role="status">
                Now inherited from {baseLabel}, so no longer added: {dropped.join(', ')}.
              </p>
            ) : null}
          </fieldset>
          <PermissionPicker
            groups={roles.groups}
            catalog={roles.catalog}
            inherited={new Set(inherited)}
            baseLabel={baseLabel}
            added={added}
            invalid={addedError !== undefined}
            onToggle={(id, on) => setAdded(on ? [...added, id] : added.filter((p) => p !== id))}
          />
          {addedError ? (
            <span className="field-error" role="alert">
              {addedError}
            </span>
          ) : null}
        </div>
        <aside className="role-builder-side">
          <RolePermissionsSummary
            catalog={roles.catalog}
            inherited={inherited}
            baseLabel={baseLabel}
            added={added}
            onRemove={(id) => setAdded(added.filter((p) => p !== id))}
          />
          {editing && check?.impact ? (
            <p className="role-note" role="status">
              Saving applies at once to everyone holding {editing.name}: {check.impact}.
            </p>
          ) : null}
          <FormError />
        </aside>
      </Form>
    </Dialog>
  );
}
