// Change billing user: search the org, pick one person (Viewers shown disabled with the reason).
import { useState } from 'react';
import { ORG_ROLE_LABELS } from '../../../api/role-labels';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { ReasonWithWhy } from '../../../components/ui/why-button';
import { Dialog } from '../../../components/ui/dialog';
import { Person } from '../../../components/ui/person';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { useToast } from '../../../components/ui/toast';
import { plural } from '../../../lib/format';
import { useBillingCandidates } from '../api/get-org-settings';
import { useChangeOrgSettings } from '../api/update-org-settings';

export function ChangeBillingDialog({
  org,
  currentId,
  onClose,
}: {
  org: string;
  currentId: string | null;
  onClose: () => void;
}) {
  const [q, setQ] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  const candidates = useBillingCandidates(org, q, true);
  const change = useChangeOrgSettings(org, 'billingAdmin');
  const toast = useToast();
  const items = candidates.data?.items ?? [];
  const choice = picked ?? currentId;
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title="Change billing user"
      description="The billing user receives invoices and manages the plan. Pick an Admin or Member."
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            variant="primary"
            disabled={!picked || picked === currentId || change.isPending}
            onClick={() =>
              picked &&
              change.mutate(
                { userId: picked },
                {
                  onSuccess: (s) => {
                    toast({ title: `${s.billing.billingAdmin?.name ?? 'Nobody'} is now the billing user` });
                    onClose();
                  },
                },
              )
            }
          >
            {change.isPending ? 'Saving…' : 'Change billing user'}
          </Button>
        </>
      }
    >
      <div className="stack-sm">
        <label className="field">
          <span className="field-label">Search people</span>
          <input
            className="input"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder="Name or email"
          />
        </label>
        {candidates.isError ? (
          <ErrorState error={candidates.error} onRetry={() => void candidates.refetch()} />
        ) : !candidates.data ? (
          <Skeleton height={240} />
        ) : (
          <fieldset className="stack-sm plain-fieldset">
            <legend className="visually-hidden">Billing user</legend>
            <ul className="picker-list">
              {items.map((c) => {
                const reasonId = `billing-reason-${c.id}`;
                return (
                  <li key={c.id}>
                    <label className="picker-option" data-disabled={!c.canChoose.allowed}>
                      <input
                        type="radio"
                        name="billing-user"
                        value={c.id}
                        checked={choice === c.id}
                        disabled={!c.canChoose.allowed}
                        aria-describedby={c.canChoose.allowed ? undefined : reasonId}
                        onChange={() => setPicked(c.id)}
                      />
                      <Person
                        id={c.id}
                        name={c.name}
                        detail={
                          c.canChoose.allowed ? (
                            c.email
                          ) : (
                            <ReasonWithWhy decision={c.canChoose} what={c.name} id={reasonId} className="" />
                          )
                        }
                        badges={
                          <>
                            <Badge tone="neutral">{ORG_ROLE_LABELS[c.orgRole]}</Badge>
                            {c.isBillingAdmin ? <Badge tone="accent">Billing user</Badge> : null}
                          </>
                        }
                      />
                    </label>
                  </li>
                );
              })}
            </ul>
            <p className="muted small">
              {candidates.data.total > items.length
                ? `Showing ${items.length} of ${plural(candidates.data.total, 'person', 'people')}; search to find others.`
                : plural(candidates.data.total, 'person', 'people')}
            </p>
          </fieldset>
        )}
        {change.error ? (
          <p className="form-error" role="alert">
            {change.error.message}
          </p>
        ) : null}
      </div>
    </Dialog>
  );
}
