// /:team/settings — Users, Privacy, Service accounts, Danger zone. The tab lives in the URL.
import { ReadOnlyNote } from '../../../components/ui/read-only-note';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { z } from 'zod';
import type { TeamSettings } from '../../../api/team-settings';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Guarded } from '../../../components/ui/guarded';
import { ErrorState, RefreshFailed, PageSkeleton, wayBack } from '../../../components/ui/states';
import { Tabs } from '../../../components/ui/tabs';
import { fullDate, relativeTime } from '../../../lib/format';
import { PageReason } from '../../../lib/reasons';
import { useTeamSettings } from '../api/team-settings';
import { DeleteTeamSection } from './delete-team-section';
import { ServiceAccountsTab } from './service-accounts-tab';
import { TeamInviteDialog } from './team-invite-dialog';
import { TeamMembersTable } from './team-members-table';
import { JoinRequestsSection } from './join-requests-section';
import { TeamPrivacyTab } from './team-privacy-tab';
import { isRefusal } from '../../../lib/errors';
import { PageHeader } from '../../../components/ui/page-header';

const tabSchema = z.enum(['users', 'privacy', 'service-accounts', 'danger']).catch('users');

function UsersTab({ settings }: { settings: TeamSettings }) {
  const [inviting, setInviting] = useState(false);
  const { team, viewer, members, pendingInvites, inviteRoles } = settings;
  return (
    <section className="stack" aria-label="Users">
      <div className="row">
        <Guarded decision={viewer.canInvite} explain={{ team: team.name, permission: 'team:invite_user' }}>
          <Button variant="primary" disabled={!viewer.canInvite.allowed} onClick={() => setInviting(true)}>
            Invite a new user
          </Button>
        </Guarded>
        {/* Why they cannot leave is said once, in their own row (its role and its Leave team item). */}
      </div>
      <JoinRequestsSection settings={settings} />
      <TeamMembersTable team={team.name} members={members} canChangeRoles={viewer.canChangeRoles.allowed} />
      {pendingInvites.length > 0 ? (
        <section aria-labelledby="pending-title" className="stack-sm">
          <h2 id="pending-title" className="section-title">
            Pending invites
          </h2>
          <ul className="plain-list">
            {pendingInvites.map((i) => (
              <li key={i.id} className="row">
                <span className="team-name">{i.email}</span>
                <Badge>{i.roleLabel}</Badge>
                {i.expired ? (
                  <Badge tone="danger">Invite expired</Badge>
                ) : (
                  <span className="muted small" title={fullDate(i.expiresAt)}>
                    expires {relativeTime(i.expiresAt)}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <TeamInviteDialog team={team.name} roles={inviteRoles} open={inviting} onOpenChange={setInviting} />
    </section>
  );
}

export function TeamSettingsPage({ team, homePath }: { team: string; homePath: string | null }) {
  const settings = useTeamSettings(team);
  const [params, setParams] = useSearchParams();
  const tab = tabSchema.parse(params.get('tab') ?? undefined);
  if (settings.isPending) {
    return <PageSkeleton label="Loading team settings" tabs />;
  }
  if (settings.isLoadingError || isRefusal(settings.error)) {
    return (
      <div className="page">
        <ErrorState
          page
          error={settings.error}
          onRetry={() => void settings.refetch()}
          back={wayBack(settings.error, homePath, { to: `/${team}`, label: `Go to team ${team}` })}
        />
      </div>
    );
  }
  const data = settings.data;
  const readOnly = !data.viewer.canManageSettings.allowed;
  return (
    <PageReason.Provider value={readOnly ? data.viewer.canManageSettings : null}>
      <div className="page">
        <PageHeader
          breadcrumb={
            <>
              <Link to={`/${data.team.name}`}>{data.team.name}</Link> / Settings
            </>
          }
          title="Team settings"
          subtitle={`${data.team.orgName} · storage: ${data.team.storage} · created ${fullDate(data.team.createdAt)}`}
          actions={
            data.team.yourRoleLabel ? (
              <Badge tone="accent">Your role: {data.team.yourRoleLabel}</Badge>
            ) : (
              <Badge>Org admin</Badge>
            )
          }
        />
        <RefreshFailed query={settings} what="the team settings" />
        {readOnly ? (
          <ReadOnlyNote
            refusals={[{ label: 'Change the team’s settings', decision: data.viewer.canManageSettings }]}
            explain={{ team: data.team.name, permission: 'team:manage_settings' }}
          />
        ) : null}
        <Tabs
          label="Team settings sections"
          value={tab}
          onValueChange={(value) => setParams(value === 'users' ? {} : { tab: value }, { replace: true })}
          tabs={[
            {
              value: 'users',
              label: `Users (${data.members.length})`,
              content: <UsersTab settings={data} />,
            },
            {
              value: 'privacy',
              label: 'Privacy',
              content: <TeamPrivacyTab team={data.team.name} settings={data.settings} />,
            },
            {
              value: 'service-accounts',
              label: `Service accounts (${data.serviceAccounts.length})`,
              content: (
                <ServiceAccountsTab
                  team={data.team.name}
                  accounts={data.serviceAccounts}
                  canManage={data.viewer.canManageServiceAccounts}
                />
              ),
            },
            {
              value: 'danger',
              label: 'Danger zone',
              // Only someone in the org may delete a team: they always have a Teams page.
              content: <DeleteTeamSection settings={data} homePath={homePath ?? '/'} />,
            },
          ]}
        />
      </div>
    </PageReason.Provider>
  );
}
