// Delete a custom role: the server says who falls back to the base role, in which teams and projects,
// before anything happens.
import type { CustomRoleSummary } from '../../../api/roles';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { reasonText } from '../../../components/ui/guarded';
import { Skeleton } from '../../../components/ui/states';
import { useToast } from '../../../components/ui/toast';
import { plural } from '../../../lib/format';
import { useDeleteRole, useRoleDeletion } from '../api/change-roles';

export function DeleteRoleDialog({
  org,
  role,
  onClose,
}: {
  org: string;
  role: CustomRoleSummary;
  onClose: () => void;
}) {
  const remove = useDeleteRole(org);
  // Once deleting, the preview is never asked again (the role would be a 404).
  const preview = useRoleDeletion(org, role.id, remove.isIdle || remove.isError);
  const toast = useToast();
  const data = preview.data;
  const refused = data && !data.remove.allowed ? reasonText(data.remove) : null;
  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={`Delete ${role.name}?`}
      description={`Everyone holding it falls back to its base role, ${role.baseLabel}. This cannot be undone.`}
      confirmLabel="Delete role"
      busy={remove.isPending || !data || refused !== null}
      error={refused ?? remove.error?.message ?? (preview.isError ? preview.error.message : undefined)}
      onConfirm={() =>
        remove.mutate(role.id, {
          onSuccess: () => {
            toast({
              title: `${role.name} deleted`,
              description:
                role.holders.people > 0
                  ? `${plural(role.holders.people, 'person', 'people')} now ${role.holders.people === 1 ? 'has' : 'have'} ${role.baseLabel} instead.`
                  : undefined,
            });
            onClose();
          },
        })
      }
    >
      {!data ? (
        <div aria-busy="true" aria-label="Loading who holds the role">
          <Skeleton height={18} />
          <Skeleton height={18} width="70%" />
        </div>
      ) : data.holders.length === 0 ? (
        <p>No one holds {data.name}.</p>
      ) : (
        <div className="stack-sm">
          <p>
            {plural(data.holders.length, 'person', 'people')} fall back to <strong>{data.baseLabel}</strong>:
          </p>
          <ul className="fallback-list" aria-label="Who falls back">
            {data.holders.map((h) => (
              <li key={h.id}>
                <strong>{h.name}</strong>
                {h.teams.length > 0 ? <span> — team {h.teams.join(', ')}</span> : null}
                {h.projects.length > 0 ? <span> — project role in {h.projects.join(', ')}</span> : null}
              </li>
            ))}
          </ul>
          <p className="muted small">{data.summary}.</p>
        </div>
      )}
      {data && data.pendingInvites > 0 ? (
        <p className="muted small">
          {plural(data.pendingInvites, 'pending invite')} will offer {data.baseLabel} instead.
        </p>
      ) : null}
    </ConfirmDialog>
  );
}
