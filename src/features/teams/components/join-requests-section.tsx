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
import { JoinList } from './join-list';

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
    <JoinList
      titleId="join-requests-title"
      title={`Requests to join (${joinRequests.length})`}
      rows={joinRequests.map((r) => ({
        key: r.userId,
        name: r.name,
        detail: (
          <>
            {r.email} · asked <span title={fullDate(r.at)}>{relativeTime(r.at)}</span> · joins as{' '}
            <Badge>{r.roleLabel}</Badge>
          </>
        ),
        // Approve (the team's default role, shown) is the main action; one Why? says why both are refused.
        actions: (['approve', 'decline'] as const).map((verdict) => (
          <Guarded
            key={verdict}
            decision={r[verdict]}
            action={`${verdict} ${r.name}’s request`}
            why={verdict === 'approve'}
          >
            <Button
              size="sm"
              variant={verdict === 'approve' ? 'primary' : undefined}
              disabled={!r[verdict].allowed || decide.isPending}
              onClick={() => send(r.userId, r.name, verdict)}
            >
              {verdict === 'approve' ? 'Approve' : 'Decline'} {r.name}
            </Button>
          </Guarded>
        )),
      }))}
    />
  );
}
