// A team's pending requests to join (ADR 0025), on its Users tab: each with Approve (they join with
// the team's default role, shown) and Decline, as the engine decides who may (team and org admins).
import type { TeamSettings } from '../../../api/team-settings';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Guarded } from '../../../components/ui/guarded';
import { useToast } from '../../../components/ui/toast';
import { errorMessage } from '../../../lib/errors';
import { fullDate, relativeTime } from '../../../lib/format';
import { useDecideRequest } from '../api/join-requests';
import '../teams.css';

export function JoinRequestsSection({ settings }: { settings: TeamSettings }) {
  const decide = useDecideRequest();
  const toast = useToast();
  const { team, joinRequests } = settings;
  if (joinRequests.length === 0) return null;
  const send = (userId: string, name: string, verdict: 'approve' | 'decline') =>
    decide.mutate(
      { teamId: team.id, userId, verdict },
      {
        onSuccess: () =>
          toast({
            title: verdict === 'approve' ? `${name} joined ${team.name}` : `Declined ${name}’s request`,
          }),
        onError: (error) => toast({ title: errorMessage(error), tone: 'danger' }),
      },
    );
  return (
    <section aria-labelledby="join-requests-title" className="joinable-teams stack-sm">
      <h2 id="join-requests-title" className="section-title">
        Requests to join ({joinRequests.length})
      </h2>
      <ul className="joinable-list" aria-labelledby="join-requests-title">
        {joinRequests.map((r) => (
          <li key={r.userId} className="joinable-row">
            <span className="joinable-name">
              <span className="team-name">{r.name}</span>
              <span className="muted small">
                {r.email} · asked <span title={fullDate(r.at)}>{relativeTime(r.at)}</span> · joins as{' '}
                <Badge>{r.roleLabel}</Badge>
              </span>
            </span>
            <span className="row">
              <Guarded decision={r.approve} action={`approve ${r.name}’s request`}>
                <Button
                  size="sm"
                  variant="primary"
                  disabled={!r.approve.allowed || decide.isPending}
                  onClick={() => send(r.userId, r.name, 'approve')}
                >
                  Approve {r.name}
                </Button>
              </Guarded>
              <Guarded decision={r.decline} action={`decline ${r.name}’s request`} why={false}>
                <Button
                  size="sm"
                  disabled={!r.decline.allowed || decide.isPending}
                  onClick={() => send(r.userId, r.name, 'decline')}
                >
                  Decline {r.name}
                </Button>
              </Guarded>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
