// /account-settings/:org/teams — the teams of the org the person can see.
import { TeamsPage } from '../../features/teams/components/teams-page';
import { useOrgParam } from './use-org-param';

export function TeamsRoute() {
  const { org, orgName } = useOrgParam();
  return <TeamsPage key={org} org={org} orgName={orgName} />;
}
