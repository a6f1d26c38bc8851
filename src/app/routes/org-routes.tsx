// Route modules for /account-settings/:org/* — they read the org from the URL and compose features.
import { Link, useOutletContext, useParams } from 'react-router';
import type { Session } from '../../api/session';
import { CreateProjectButton } from '../../features/projects/components/create-project-dialog';
import { TeamPage } from '../../features/teams/components/team-page';
import { TeamSettingsPage } from '../../features/teams/components/team-settings-page';
import { TeamsPage } from '../../features/teams/components/teams-page';
import { InviteButtons } from '../../features/invites/components/invite-buttons';
import { InviteRowMenu } from '../../features/invites/components/invite-row-menu';
import type { InviteSlots } from '../../features/users/components/invite-slots';
import { UsersPage } from '../../features/users/components/users-page';
import { PageHeader } from '../../components/ui/page-header';

// The Users page lists invites among its people; the invites feature draws their controls.
const INVITES: InviteSlots = { Buttons: InviteButtons, RowMenu: InviteRowMenu };

function useOrgParam(): { org: string; orgName: string } {
  const session = useOutletContext<Session>();
  const org = useParams().org ?? session.org.slug;
  return { org, orgName: org === session.org.slug ? session.org.name : org };
}

export function UsersRoute() {
  const { org, orgName } = useOrgParam();
  return <UsersPage key={org} org={org} orgName={orgName} invites={INVITES} />;
}

export function TeamsRoute() {
  const { org, orgName } = useOrgParam();
  return <TeamsPage key={org} org={org} orgName={orgName} />;
}

export function NotFoundRoute() {
  const session = useOutletContext<Session>();
  return (
    <div className="page">
      <PageHeader
        title="Page not found"
        subtitle="There is nothing at this address, or you are not allowed to see it."
      />
      <p>
        <Link to={`/account-settings/${session.org.slug}/users`}>Go to the Users page</Link>
      </p>
    </div>
  );
}

export function TeamRoute() {
  const team = useParams().team ?? '';
  return <TeamPage key={team} team={team} projectActions={<CreateProjectButton team={team} />} />;
}

export function TeamSettingsRoute() {
  const session = useOutletContext<Session>();
  const team = useParams().team ?? '';
  return <TeamSettingsPage key={team} team={team} homePath={`/account-settings/${session.org.slug}/teams`} />;
}
