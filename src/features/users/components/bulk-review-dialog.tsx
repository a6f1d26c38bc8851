// The review step of a bulk change: the server's dry run says, per person and in order, what will
// happen and what will be refused (and why); only the allowed ones are then applied, and the results
// replace the review.
import { useEffect } from 'react';
import { ORG_ROLE_LABELS } from '../../../api/role-labels';
import type { BulkAction, BulkResult } from '../../../api/users-bulk';
import type { UserRow } from '../../../api/users';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { useToast } from '../../../components/ui/toast';
import { plural } from '../../../lib/format';
import { useBulkApply, useBulkPreview } from '../api/bulk-users';
import { BulkItems } from './bulk-items';

const titleOf = (action: BulkAction, n: number) =>
  action.type === 'remove'
    ? `Remove ${plural(n, 'member')}`
    : `Change the role of ${plural(n, 'member')} to ${ORG_ROLE_LABELS[action.role]}`;

export function BulkReviewDialog({
  org,
  action,
  people,
  onClose,
  onDone,
}: {
  org: string;
  action: BulkAction;
  people: UserRow[];
  onClose: () => void;
  onDone: () => void;
}) {
  const preview = useBulkPreview(org);
  const applying = useBulkApply(org);
  const toast = useToast();
  const userIds = people.map((p) => p.id);
  const { mutate: runPreview } = preview;
  const idsKey = userIds.join(',');
  // The dry run starts when the dialog opens (a mutation: it is a POST, never cached).
  useEffect(() => {
    runPreview({ action, userIds: idsKey.split(',') });
  }, [runPreview, action, idsKey]);

  const review: BulkResult | undefined =
    applying.data && preview.data ? mergeResults(preview.data, applying.data) : preview.data;
  const done = applying.data !== undefined;
  const allowedIds = (preview.data?.items ?? []).filter((i) => i.outcome === 'change').map((i) => i.userId);
  const apply = () =>
    applying.mutate(
      { action, userIds: allowedIds },
      {
        onSuccess: (applied) => {
          const result = preview.data ? mergeResults(preview.data, applied) : applied;
          toast({
            title: `${plural(result.counts.change, 'change')} applied`,
            description: result.counts.refused ? `${result.counts.refused} refused` : undefined,
            tone: result.counts.refused ? 'info' : 'success',
          });
        },
      },
    );
  // After the results, closing also clears the selection (those people were dealt with).
  const close = () => {
    if (done) onDone();
    onClose();
  };
  return (
    <Dialog
      open
      wide
      onOpenChange={(open) => {
        if (!open) close();
      }}
      title={done ? 'Results' : titleOf(action, people.length)}
      description={
        done
          ? 'What was changed, and what was refused.'
          : 'Checked in this order, each against the changes before it. Only the allowed ones will be applied.'
      }
      footer={
        done ? (
          <Button variant="primary" onClick={close}>
            Done
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>Cancel</Button>
            <Button
              variant={action.type === 'remove' ? 'danger' : 'primary'}
              disabled={!preview.data || allowedIds.length === 0 || applying.isPending}
              onClick={apply}
            >
              {applying.isPending ? 'Applying…' : `Apply ${plural(allowedIds.length, 'change')}`}
            </Button>
          </>
        )
      }
    >
      {preview.isError ? (
        <ErrorState error={preview.error} onRetry={() => runPreview({ action, userIds })} />
      ) : review ? (
        <BulkItems result={review} />
      ) : (
        <div aria-busy="true" aria-label="Checking each change" className="stack-sm">
          {people.map((p) => (
            <Skeleton key={p.id} height={20} />
          ))}
        </div>
      )}
      {applying.error ? (
        <div className="form-error" role="alert">
          {applying.error.message}
        </div>
      ) : null}
    </Dialog>
  );
}

/** The results list everyone reviewed: applied lines replace their preview, refused ones stay. */
function mergeResults(preview: BulkResult, applied: BulkResult): BulkResult {
  const byId = new Map(applied.items.map((i) => [i.userId, i]));
  const items = preview.items.map((i) => byId.get(i.userId) ?? i);
  const count = (o: string[]) => items.filter((i) => o.includes(i.outcome)).length;
  return {
    items,
    counts: {
      change: count(['change', 'done']),
      unchanged: count(['unchanged']),
      refused: count(['refused']),
    },
  };
}
