// Removing someone from a Restricted project: the confirmation shows what they lose, from the engine's
// impact() of that same removal (ADR 0009). If that preview cannot be loaded, the dialog says so and
// Remove still works: the title and description already say who loses what, and the server checks
// the removal itself when it is confirmed.
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ImpactChanges, placesText } from '../../../components/ui/impact-changes';
import { Button } from '../../../components/ui/button';
import { Skeleton } from '../../../components/ui/states';
import { useToast } from '../../../components/ui/toast';
import { useRemoveProjectUser } from '../api/project-mutations';
import { usePreviewProjectRemoval } from '../api/project-user-preview';

export interface Removing {
  id: string;
  name: string;
  overridden: boolean;
}

function RemovalImpact({ team, project, removing }: { team: string; project: string; removing: Removing }) {
  const preview = usePreviewProjectRemoval(team, project, removing.id);
  if (preview.isPending)
    return (
      <div className="impact-note" role="status" aria-label={`Loading what ${removing.name} loses`}>
        <Skeleton height={64} />
      </div>
    );
  if (preview.isError)
    return (
      <div className="form-error" role="alert">
        <p className="impact-note">
          Could not load what {removing.name} loses: {preview.error.message} You can still remove them.
        </p>
        <Button size="sm" onClick={() => void preview.refetch()}>
          Try again
        </Button>
      </div>
    );
  const changes = preview.data.changes;
  if (changes.length === 0) return <p>{removing.name} keeps the same access to this project.</p>;
  return (
    <>
      <p className="impact-lead">
        {removing.name} {changes.some((c) => c.losesAccess) ? 'loses access to' : 'loses permissions in'}{' '}
        {placesText(changes)}:
      </p>
      <ImpactChanges changes={changes} />
    </>
  );
}

export function ProjectRemovalDialog({
  team,
  project,
  removing,
  onClose,
}: {
  team: string;
  project: string;
  removing: Removing | null;
  onClose: () => void;
}) {
  const remove = useRemoveProjectUser(team, project);
  const toast = useToast();
  return (
    <ConfirmDialog
      open={removing !== null}
      onOpenChange={(open) => {
        if (!open) {
          remove.reset();
          onClose();
        }
      }}
      title={`Remove ${removing?.name ?? ''} from ${project}?`}
      description="The project is Restricted: they lose access to its runs, reports and artifacts. What they created stays."
      confirmLabel="Remove"
      busy={remove.isPending}
      error={remove.error?.message}
      onConfirm={() =>
        removing &&
        remove.mutate(removing.id, {
          onSuccess: () => {
            toast({ title: `${removing.name} removed from ${project}` });
            onClose();
          },
        })
      }
    >
      {removing ? (
        <>
          <RemovalImpact team={team} project={project} removing={removing} />
          {removing.overridden ? (
            <p>Their project role is dropped too: if they are added back, they get their team role.</p>
          ) : null}
        </>
      ) : null}
    </ConfirmDialog>
  );
}
