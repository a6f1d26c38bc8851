// "Teams you can join" (ADR 0025): the teams the acting person is not in but may join at once (a team
// recommending itself to their verified email domain) or ask to join (its admins decide), with their
// pending requests to withdraw. Every button is the server's decision; a refused one says why.
import { useNavigate } from 'react-router';
import type { JoinableTeam } from '../../../api/teams';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Guarded } from '../../../components/ui/guarded';
import { Skeleton } from '../../../components/ui/states';
import { useToast } from '../../../components/ui/toast';
import { errorMessage } from '../../../lib/errors';
import { fullDate, plural, relativeTime } from '../../../lib/format';
import { useAskToJoin, useJoinableTeams, useJoinTeam, useWithdrawRequest } from '../api/join-requests';
import { JoinList } from './join-list';

function TeamAction({ team, userId }: { team: JoinableTeam; userId: string }) {
  const navigate = useNavigate();
  const toast = useToast();
  const join = useJoinTeam();
  const ask = useAskToJoin();
  const withdraw = useWithdrawRequest();
  const failed = (error: unknown) => toast({ title: errorMessage(error), tone: 'danger' });
  if (team.requestedAt) {
    return (
      <>
        <Badge tone="warning">Request pending</Badge>
        <span className="muted small" title={fullDate(team.requestedAt)}>
          asked {relativeTime(team.requestedAt)}
        </span>
        <Button
          size="sm"
          disabled={withdraw.isPending}
          onClick={() =>
            withdraw.mutate(
              { teamId: team.id, userId },
              {
                onSuccess: () => toast({ title: `Request to join ${team.name} withdrawn` }),
                onError: failed,
              },
            )
          }
        >
          Withdraw request
        </Button>
      </>
    );
  }
  if (team.canJoin.allowed) {
    return (
      <Button
        size="sm"
        variant="primary"
        disabled={join.isPending}
        onClick={() =>
          join.mutate(team.id, {
            onSuccess: (joined) => {
              toast({ title: `You joined ${joined.teamName}` });
              void navigate(`/${joined.teamName}`);
            },
            onError: failed,
          })
        }
      >
        Join {team.name}
      </Button>
    );
  }
  return (
    <Guarded decision={team.canAsk} action={`ask to join ${team.name}`}>
      <Button
        size="sm"
        disabled={!team.canAsk.allowed || ask.isPending}
        onClick={() =>
          ask.mutate(team.id, {
            onSuccess: () =>
              toast({
                title: `Asked to join ${team.name}`,
                description: 'Its admins will approve or decline.',
              }),
            onError: failed,
          })
        }
      >
        Ask to join {team.name}
      </Button>
    </Guarded>
  );
}

/** `userId`: the acting person (their request is withdrawn by their id); `org`: that org's teams only. */
export function JoinableTeams({ userId, org }: { userId: string; org: string }) {
  const teams = useJoinableTeams();
  if (teams.isPending) return <Skeleton height={80} />;
  const items = teams.data?.items.filter((t) => t.orgSlug === org) ?? [];
  // A list that could not be read is left out: this section only offers a way in.
  if (!teams.data || items.length === 0) return null;
  return (
    <JoinList
      id="teams-to-join"
      titleId="joinable-title"
      title="Teams you can join"
      intro={`Join a team that welcomes your ${teams.data.domain} address at once, or ask a team’s admins to let you in.`}
      rows={items.map((t) => ({
        key: t.id,
        name: t.name,
        detail: `${plural(t.memberCount, 'member')}${
          t.canJoin.allowed ? ' · open to your email domain' : ' · its admins approve requests'
        }`,
        actions: <TeamAction team={t} userId={userId} />,
      }))}
    />
  );
}
