// Read-only cells of the Users table: teams (hidden ones counted, not named), status and last active.
import type { UserRow } from '../../../api/users';
import { Badge } from '../../../components/ui/badge';
import { fullDate, relativeTime } from '../../../lib/format';

export function TeamsCell({ row }: { row: UserRow }) {
  const shown = row.teams.slice(0, 2);
  const more = row.teams.length - shown.length;
  if (row.teams.length === 0 && row.hiddenTeamCount === 0) return <span className="muted">No teams</span>;
  return (
    <span className="chips">
      {shown.map((t) => (
        <span key={t} className="chip" title={t}>
          {t}
        </span>
      ))}
      {more > 0 ? (
        <span className="chip chip-more" title={row.teams.slice(2).join(', ')}>
          +{more}
        </span>
      ) : null}
      {row.hiddenTeamCount > 0 ? (
        <span className="muted small" title="Hidden teams are visible only to their members and org admins">
          +{row.hiddenTeamCount} hidden
        </span>
      ) : null}
    </span>
  );
}

export function LastActive({ at }: { at: string | null }) {
  return at ? <span title={fullDate(at)}>{relativeTime(at)}</span> : <span className="muted">Never</span>;
}

export function StatusCell({ row }: { row: UserRow }) {
  if (row.status === 'active')
    return (
      <span className="status-stack">
        <Badge tone="success">Active</Badge>
        {/* Narrow screens have no Last active column: it is said here, under its header's second line. */}
        <span className="muted small narrow-only">
          <span className="visually-hidden">last active </span>
          <LastActive at={row.lastActiveAt} />
        </span>
      </span>
    );
  const expires = row.invite?.expiresAt ?? '';
  if (row.status === 'expired')
    return (
      <span className="status-stack">
        <Badge tone="danger">Invite expired</Badge>
        <span className="muted small" title={fullDate(expires)}>
          {relativeTime(expires)}
        </span>
      </span>
    );
  return (
    <span className="status-stack">
      <Badge tone="info">Invited</Badge>
      <span
        className="muted small"
        title={`Sent by ${row.invite?.invitedBy ?? ''}; expires ${fullDate(expires)}`}
      >
        expires {relativeTime(expires)}
      </span>
    </span>
  );
}
