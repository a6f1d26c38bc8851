import type { UsersPage } from '../../../api/users';
import { count, plural } from '../../../lib/format';

export function UsersSummary({ summary, showSeats }: { summary: UsersPage['summary']; showSeats: boolean }) {
  const used = summary.fullSeatsUsed + summary.fullSeatsPending;
  const left = Math.max(0, summary.fullSeatLimit - used);
  return (
    <dl className="summary-cards">
      <div className="summary-card">
        <dt>Members</dt>
        <dd>{count(summary.members)}</dd>
      </div>
      <div className="summary-card">
        <dt>Admins</dt>
        <dd>{count(summary.admins)}</dd>
      </div>
      {showSeats ? (
        <div className="summary-card">
          <dt>Full Models seats</dt>
          <dd>
            {count(used)}{' '}
            <span className="muted">/ {count(summary.fullSeatLimit)}</span>
          </dd>
          <dd className="summary-note">
            {summary.fullSeatsPending > 0
              ? `${plural(summary.fullSeatsPending, 'pending invite')} included · `
              : ''}
            {left === 0 ? 'No seats left' : `${plural(left, 'seat')} left`}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
