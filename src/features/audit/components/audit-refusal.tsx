// Why the log is not shown, in the engine's words: an Enterprise license is missing (the plan step),
// or the acting user is not an org admin.
import { ApiError } from '../../../api/client';
import { ErrorState } from '../../../components/ui/states';

export function AuditRefusal({
  error,
  orgName,
  onRetry,
}: {
  error: unknown;
  orgName: string;
  onRetry: () => void;
}) {
  if (error instanceof ApiError && error.status === 403 && error.reasons.some((r) => r.step === 'plan')) {
    return (
      <div className="empty-state audit-upsell" role="status">
        <p className="empty-title">The audit log is an Enterprise feature</p>
        <div className="empty-body">
          <p>{error.message}.</p>
          <p>
            On Enterprise, every change made in {orgName} (roles, seats, invites, teams, projects and
            settings) is recorded with who made it and what it was before and after, and can be filtered and
            exported. Contact W&B sales to upgrade.
          </p>
        </div>
      </div>
    );
  }
  return <ErrorState error={error} onRetry={onRetry} />;
}
