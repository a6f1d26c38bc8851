// /account-settings/:org/teams — the teams of the org the person can see, and those they may join.
import { useOutletContext } from 'react-router';
import type { Session } from '../../api/session';
import { TeamsPage } from '../../features/teams/components/teams-page';
import { useOrgParam } from './use-org-param';

export function TeamsRoute() {
  const { org, orgName } = useOrgParam();
  const session = useOutletContext<Session>();
  return <TeamsPage key={org} org={org} orgName={orgName} userId={session.actingUser?.id ?? null} />;
}
