// Edit Project Details: description, owner, visibility. Before a change that moves access is saved,
// the server's impact preview names who gains and who loses access.
import { useState } from 'react';
import type { ImpactPreview, ProjectOverview, UpdateProjectBody } from '../../../api/projects';
import type { Visibility } from '../../../api/team';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { Select } from '../../../components/ui/select';
import { useToast } from '../../../components/ui/toast';
import { usePreviewProjectChange, useUpdateProject } from '../api/project-mutations';
import { VisibilityPicker } from './visibility-picker';
import { decidingReason } from '../../../lib/reasons';

function ImpactList({ preview }: { preview: ImpactPreview }) {
  if (preview.losing.length === 0 && preview.gaining.length === 0)
    return <p>Nobody gains or loses access.</p>;
  return (
    <div className="stack-sm" role="region" aria-label="Impact of this change">
      <p>
        <strong>{preview.summary}</strong>
      </p>
      {preview.losing.length > 0 ? (
        <>
          <p>{preview.losing.length} lose access:</p>
          <ul className="impact-list">
            {preview.losing.map((p) => (
              <li key={p.id}>
                {p.name}
                {p.before ? ` (was ${p.before})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {preview.gaining.length > 0 ? (
        <>
          <p>{preview.gaining.length} gain access:</p>
          <ul className="impact-list">
            {preview.gaining.map((p) => (
              <li key={p.id}>
                {p.name}
                {p.after ? ` (as ${p.after})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

export function EditProjectDialog({
  overview,
  open,
  onOpenChange,
}: {
  overview: ProjectOverview;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { project } = overview;
  const [description, setDescription] = useState(project.description);
  const [ownerId, setOwnerId] = useState(project.ownerId);
  const [visibility, setVisibility] = useState<Visibility>(project.visibility);
  const preview = usePreviewProjectChange(project.team, project.name);
  const update = useUpdateProject(project.team, project.name);
  const toast = useToast();
  const changes: UpdateProjectBody = {
    ...(description !== project.description ? { description } : {}),
    ...(ownerId !== project.ownerId ? { ownerId } : {}),
    ...(visibility !== project.visibility ? { visibility } : {}),
  };
  const changed = Object.keys(changes).length > 0;
  const reviewing = preview.data !== undefined;
  const close = (next: boolean) => {
    if (!next) preview.reset();
    onOpenChange(next);
  };
  const save = () =>
    update.mutate(changes, {
      onSuccess: () => {
        toast({ title: 'Project details saved' });
        close(false);
      },
    });
  return (
    <Dialog
      open={open}
      onOpenChange={close}
      wide
      title={reviewing ? 'Review the change' : 'Edit Project Details'}
      description={
        reviewing
          ? 'This is what saving will do. Nothing has changed yet.'
          : `${project.team}/${project.name}`
      }
      footer={
        reviewing ? (
          <>
            <Button onClick={() => preview.reset()}>Back</Button>
            <Button
              variant="primary"
              disabled={update.isPending || !preview.data.allowed.allowed}
              onClick={save}
            >
              Save changes
            </Button>
          </>
        ) : (
          <>
            <Button onClick={() => close(false)}>Cancel</Button>
            <Button
              variant="primary"
              disabled={!changed || preview.isPending}
              onClick={() => (changes.visibility || changes.ownerId ? preview.mutate(changes) : save())}
            >
              {changes.visibility || changes.ownerId ? 'Review change' : 'Save changes'}
            </Button>
          </>
        )
      }
    >
      {reviewing ? (
        <>
          {preview.data.allowed.allowed ? <ImpactList preview={preview.data} /> : null}
          {!preview.data.allowed.allowed ? (
            <p className="form-error" role="alert">
              {decidingReason(preview.data.allowed.reasons)?.text}
            </p>
          ) : null}
        </>
      ) : (
        <div className="stack-sm">
          <label className="field">
            <span className="field-label">Description</span>
            <textarea
              className="input textarea"
              value={description}
              maxLength={500}
              onChange={(e) => setDescription(e.target.value)}
            />
          </label>
          <Select
            label="Owner"
            value={ownerId}
            decision={overview.viewer.canChangeOwner}
            options={[
              ...(overview.ownerOptions.some((o) => o.id === project.ownerId)
                ? []
                : [
                    {
                      value: project.ownerId,
                      label: `${project.ownerName} (no longer in the team)`,
                      disabled: true,
                    },
                  ]),
              ...overview.ownerOptions.map((o) => ({ value: o.id, label: o.name })),
            ]}
            onChange={setOwnerId}
          />
          <VisibilityPicker
            name="edit-visibility"
            value={visibility}
            options={overview.visibilityOptions}
            onChange={setVisibility}
          />
        </div>
      )}
      {update.error ? (
        <p className="form-error" role="alert">
          {update.error.message}
        </p>
      ) : null}
      {preview.error ? (
        <p className="form-error" role="alert">
          {preview.error.message}
        </p>
      ) : null}
    </Dialog>
  );
}
