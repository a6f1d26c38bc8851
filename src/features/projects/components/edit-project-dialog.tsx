// Edit Project Details: description, owner, visibility. Before a change that moves access is saved,
// the server's preview names every person whose access changes, as the Users tab will show it, and lets
// the admin keep team members when the project becomes Restricted (project-change-review.tsx).
import { useState } from 'react';
import type { ImpactPreview, ProjectOverview, UpdateProjectBody } from '../../../api/projects';
import type { Visibility } from '../../../api/team';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { Select } from '../../../components/ui/select';
import { useToast } from '../../../components/ui/toast';
import { usePreviewProjectChange, useUpdateProject } from '../api/project-mutations';
import { VisibilityPicker } from './visibility-picker';
import { ProjectChangeReview } from './project-change-review';
import { decidingReason } from '../../../lib/reasons';

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
  // Team members kept when the project becomes Restricted, picked in the review step.
  const [members, setMembers] = useState<string[]>([]);
  const preview = usePreviewProjectChange(project.team, project.name);
  const update = useUpdateProject(project.team, project.name);
  const toast = useToast();
  const changes: UpdateProjectBody = {
    ...(description !== project.description ? { description } : {}),
    ...(ownerId !== project.ownerId ? { ownerId } : {}),
    ...(visibility !== project.visibility ? { visibility } : {}),
    ...(visibility === 'restricted' && members.length > 0 ? { members } : {}),
  };
  const changed = Object.keys(changes).length > 0;
  // The last answer stays on screen while a fresh one (after a pick) is asked for.
  const [review, setReview] = useState<ImpactPreview | null>(null);
  const ask = (body: UpdateProjectBody) => preview.mutate(body, { onSuccess: setReview });
  const close = (next: boolean) => {
    if (!next) back();
    onOpenChange(next);
  };
  const back = () => {
    preview.reset();
    setReview(null);
    setMembers([]);
  };
  const pick = (picked: string[]) => {
    setMembers(picked);
    const { members: _previous, ...rest } = changes;
    ask(picked.length > 0 ? { ...rest, members: picked } : rest);
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
      title={review ? 'Review the change' : 'Edit Project Details'}
      description={
        review ? 'This is what saving will do. Nothing has changed yet.' : `${project.team}/${project.name}`
      }
      footer={
        review ? (
          <>
            <Button onClick={back}>Back</Button>
            <Button
              variant="primary"
              disabled={update.isPending || preview.isPending || !review.allowed.allowed}
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
              onClick={() => (changes.visibility || changes.ownerId ? ask(changes) : save())}
            >
              {changes.visibility || changes.ownerId ? 'Review change' : 'Save changes'}
            </Button>
          </>
        )
      }
    >
      {review ? (
        <>
          {review.allowed.allowed ? (
            <ProjectChangeReview preview={review} onPick={pick} busy={preview.isPending} />
          ) : null}
          {!review.allowed.allowed ? (
            <p className="form-error" role="alert">
              {decidingReason(review.allowed.reasons)?.text}
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
