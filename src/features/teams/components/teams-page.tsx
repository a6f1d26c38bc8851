// /account-settings/:org/teams — every team the viewer can see, with member and project counts.
import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { Guarded } from '../../../components/ui/guarded';
import { Badge, TeamRoleBadge } from '../../../components/ui/badge';
import { DataTable } from '../../../components/ui/data-table';
import { EmptyState, ErrorState, RefreshFailed, TableSkeleton } from '../../../components/ui/states';
import { fullDate, plural } from '../../../lib/format';
import { useTeams } from '../api/get-teams';
import { createColumnHelper } from '@tanstack/react-table';
import type { TeamsList } from '../../../api/teams';
import { isRefusal } from '../../../lib/errors';
import { PageHeader, PendingActions } from '../../../components/ui/page-header';
import { JoinableTeams } from './joinable-teams';
import { orgPageIntro } from '../../../lib/page-intros';
import { CreateTeamOnOpen } from './create-team-on-open';

const col = createColumnHelper<TeamsList['items'][number]>();
const COLUMNS = [
  col.display({
    id: 'team',
    header: 'Team',
    cell: ({ row: { original: t } }) => (
      <>
        <Link to={`/${t.name}`} className="team-name">
          {t.name}
        </Link>{' '}
        {t.hidden ? <Badge tone="warning">Hidden</Badge> : null}
      </>
    ),
  }),
  col.display({
    id: 'members',
    header: 'Members',
    cell: ({ row }) => plural(row.original.memberCount, 'member'),
  }),
  col.display({
    id: 'projects',
    header: 'Projects',
    cell: ({ row }) => plural(row.original.projectCount, 'project'),
  }),
  col.display({
    id: 'yourRole',
    header: 'Your role',
    cell: ({ row: { original: t } }) =>
      t.yourRoleLabel ? (
        <TeamRoleBadge label={t.yourRoleLabel} />
      ) : (
        <span className="muted">Not a member</span>
      ),
  }),
  col.display({ id: 'storage', header: 'Storage', cell: ({ row }) => row.original.storage }),
  col.display({ id: 'created', header: 'Created', cell: ({ row }) => fullDate(row.original.createdAt) }),
];

/** `userId`: the acting person, offered the teams they may join or ask to join (none when signed out). */
export function TeamsPage({ org, orgName, userId }: { org: string; orgName: string; userId: string | null }) {
  const teams = useTeams(org);
  const [creating, setCreating] = useState(false);
  return (
    <div className="page">
      <PageHeader
        {...orgPageIntro('teams', orgName)}
        actions={
          teams.data ? (
            <Guarded
              decision={teams.data.viewer.canCreateTeam}
              explain={{ org: true, permission: 'organization:create_team' }}
            >
              <Button
                variant="primary"
                disabled={!teams.data.viewer.canCreateTeam.allowed}
                onClick={() => setCreating(true)}
              >
                Create a team to collaborate
              </Button>
            </Guarded>
          ) : (
            <PendingActions />
          )
        }
      />
      <RefreshFailed query={teams} what="the teams" />
      {teams.data ? (
        <CreateTeamOnOpen
          org={org}
          open={creating}
          onOpenChange={setCreating}
          externalStorage={teams.data.viewer.externalStorage}
        />
      ) : null}
      {teams.isPending ? (
        <TableSkeleton label="Loading teams" rows={5} />
      ) : teams.isLoadingError || isRefusal(teams.error) ? (
        <ErrorState error={teams.error} onRetry={() => void teams.refetch()} />
      ) : teams.data.items.length === 0 ? (
        <EmptyState title="No teams you can see yet">
          Org admins create teams; you will see the ones you belong to here.
        </EmptyState>
      ) : (
        <>
          <DataTable caption="Teams" columns={COLUMNS} data={teams.data.items} getRowId={(t) => t.id} />
          <p className="muted small">{plural(teams.data.total, 'team')}</p>
        </>
      )}
      {/* Below the table, once it is drawn: its placeholder above the table's would be pushed down when
          the table replaced its shorter skeleton (a layout shift, issue 13). */}
      {userId && teams.data ? <JoinableTeams userId={userId} org={org} /> : null}
    </div>
  );
}
