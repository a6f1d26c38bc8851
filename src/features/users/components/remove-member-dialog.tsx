// Remove member: the engine's impact first (teams and projects they leave, projects they own, what
// stays), then DELETE. A refusal the server reports (last admin, sole team admin) is shown, not sent.
import type { UserRow } from '../../../api/users';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { reasonText } from '../../../components/ui/guarded';
import { Banner, ErrorState, Skeleton } from '../../../components/ui/states';
import { useToast } from '../../../components/ui/toast';
import { useRemovalImpact, useRemoveMember } from '../api/remove-member';
import { RemovalImpactView } from './removal-impact-view';

export function RemoveMemberDialog({
  row,
  org,
  orgName,
  onClose,
}: {
  row: UserRow;
  org: string;
  orgName: string;
  onClose: () => void;
}) {
  const impact = useRemovalImpact(org, row.id, true);
  const toast = useToast();
  const removal = useRemoveMember(org, (done) => {
    toast({
      title: `Removed ${done.name} from ${orgName}`,
      description: 'Their runs, reports and artifacts stay.',
    });
    onClose();
  });
  const refused = impact.data && !impact.data.decision.allowed ? impact.data.decision : null;
  const remove = () => removal.mutate(row.id);
  return (
    <Dialog
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={`Remove ${row.name} from ${orgName}?`}
      description={
        row.isYou
          ? 'You are removing yourself: you will lose access to this organization.'
          : 'They lose access to every team and project of the organization.'
      }
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          {/* Disabled until the preview is in, and for good when the server refuses the removal. */}
          <Button
            variant="danger"
            disabled={removal.isPending || !impact.data || refused !== null}
            onClick={remove}
          >
            {removal.isPending ? 'Removing…' : 'Remove member'}
          </Button>
        </>
      }
    >
      {impact.isError ? (
        <ErrorState error={impact.error} onRetry={() => void impact.refetch()} />
      ) : !impact.data ? (
        <div aria-busy="true" aria-label="Loading what this removal does" className="stack-sm">
          <Skeleton height={18} />
          <Skeleton height={18} width="70%" />
        </div>
      ) : (
        <>
          {refused ? (
            <Banner tone="danger">
              <strong>Cannot remove {row.name}.</strong> {reasonText(refused)}.
            </Banner>
          ) : null}
          <RemovalImpactView impact={impact.data} />
        </>
      )}
      {removal.error ? (
        <div className="form-error" role="alert">
          {removal.error.message}
        </div>
      ) : null}
    </Dialog>
  );
}
