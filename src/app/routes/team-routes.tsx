// /:team and /:team/settings (W&B's team URLs).
import { useOutletContext, useParams } from 'react-router';
import type { Session } from '../../api/session';
import { teamsPathOf } from './teams-path';
import { CreateProjectButton } from '../../features/projects/components/create-project-button';
import { TeamPage } from '../../features/teams/components/team-page';
import { TeamSettingsPage } from '../../features/teams/components/team-settings-page';

export function TeamRoute() {
  const session = useOutletContext<Session>();
  const team = useParams().team ?? '';
  return (
    <TeamPage
      key={team}
      team={team}
      teamsPath={teamsPathOf(session)}
      projectActions={<CreateProjectButton team={team} />}
    />
  );
}

export function TeamSettingsRoute() {
  const session = useOutletContext<Session>();
  const team = useParams().team ?? '';
  return <TeamSettingsPage key={team} team={team} homePath={teamsPathOf(session)} />;
}
