// Edit a report: its title and its text (markdown-ish plain text, shown as written on the report's
// magic link page). The server's refusal lands on the field it names or above the buttons.
import { reportTitleBodySchema, type ReportRow } from '../../../api/project-content';
import { TextField, useZodForm } from '../../../components/ui/form';
import { FormDialog } from './form-dialog';

export function ReportEditDialog({
  report,
  busy,
  onSubmit,
  onClose,
}: {
  report: ReportRow;
  busy: boolean;
  onSubmit: (values: { title: string; body: string }) => Promise<unknown>;
  onClose: () => void;
}) {
  const form = useZodForm(reportTitleBodySchema, { title: report.title, body: report.body });
  const bodyError = form.formState.errors.body?.message;
  return (
    <FormDialog
      form={form}
      title={`Edit report ${report.title}`}
      submitLabel="Save"
      busy={busy}
      onSubmit={(values) => onSubmit({ title: values.title, body: values.body ?? '' })}
      onClose={onClose}
    >
      {(id) => (
        <>
          <TextField name="title" label="Title" autoComplete="off" maxLength={128} />
          <div className="field">
            <label className="field-label" htmlFor={`${id}-body`}>
              Text
            </label>
            <textarea
              id={`${id}-body`}
              className={`input report-text-input ${bodyError ? 'input-invalid' : ''}`}
              rows={10}
              aria-invalid={bodyError ? true : undefined}
              aria-describedby={`${id}-body-hint`}
              {...form.register('body')}
            />
            <span id={`${id}-body-hint`} className={bodyError ? 'field-error' : 'muted small'}>
              {bodyError ??
                'Plain text; “## ” headings and “- ” lists read as written. Up to 20,000 characters.'}
            </span>
          </div>
        </>
      )}
    </FormDialog>
  );
}
