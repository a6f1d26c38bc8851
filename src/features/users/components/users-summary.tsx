import type { UsersPage } from '../../../api/users';
import { Skeleton } from '../../../components/ui/states';
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
          {/* Two short lines rather than one that wraps at 1024 px: the card keeps its loading height. */}
          <dd>
            {count(used)} <span className="muted">/ {count(summary.fullSeatLimit)}</span>{' '}
            <span className="summary-aside">
              {left === 0 ? 'No seats left' : `${plural(left, 'seat')} left`}
            </span>
          </dd>
          <dd className="summary-note">
            {summary.fullSeatsPending > 0
              ? `${plural(summary.fullSeatsPending, 'pending invite')} included`
              : 'No pending invites'}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

/**
 * The cards' own shape while the list loads (the admin's three, labels and all), so nothing below moves
 * when the numbers arrive: a 72 px bar in their place shifted the page (Lighthouse's layout shift).
 */
export function UsersSummarySkeleton({ seats }: { seats: boolean }) {
  const card = (label: string, note: boolean) => (
    <div className="summary-card">
      <dt>{label}</dt>
      <dd>
        <Skeleton width={48} height={20} />
      </dd>
      {note ? (
        <dd className="summary-note">
          <Skeleton width={120} height={12} />
        </dd>
      ) : null}
    </div>
  );
  return (
    <dl className="summary-cards" aria-hidden="true">
      {card('Members', false)}
      {card('Admins', false)}
      {seats ? card('Full Models seats', true) : null}
    </dl>
  );
}
