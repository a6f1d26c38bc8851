// /:team — the team dashboard: projects the viewer may see, and the members with their team roles.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { VISIBILITY_INFO, type TeamDetail } from '../../../api/team';
import { Badge, TeamRoleBadge } from '../../../components/ui/badge';
import { createColumnHelper } from '@tanstack/react-table';
import { memberColumn } from './member-column';
import { seatColumns } from './seat-columns';
import { DataTable } from '../../../components/ui/data-table';
import { EmptyState, ErrorState, RefreshFailed, PageSkeleton, wayBack } from '../../../components/ui/states';
import { VisibilityIcon } from '../../../components/ui/visibility-icon';
import { Tabs } from '../../../components/ui/tabs';
import { count, fullDate, plural, relativeTime } from '../../../lib/format';
import { useTeam } from '../api/get-team';
import { isRefusal } from '../../../lib/errors';
import { PageHeader } from '../../../components/ui/page-header';

type ProjectRow = TeamDetail['projects'][number];
type MemberRow = TeamDetail['members'][number];
const projectCol = createColumnHelper<ProjectRow>();
const memberCol = createColumnHelper<MemberRow>();

const projectColumns = (teamName: string) => [
  projectCol.display({
    id: 'project',
    header: 'Project',
    cell: ({ row: { original: p } }) => (
      <span className="project-cell">
        <Link className="team-name" to={`/${teamName}/${p.name}/overview`}>
          {p.name}
        </Link>
        {p.description ? <span className="muted small">{p.description}</span> : null}
      </span>
    ),
  }),
  projectCol.display({
    id: 'visibility',
    header: 'Visibility',
    cell: ({ row: { original: p } }) => (
      <>
        <span className="visibility" title={VISIBILITY_INFO[p.visibility].meaning}>
          <VisibilityIcon visibility={p.visibility} /> {VISIBILITY_INFO[p.visibility].label}
        </span>
        {p.managementOnly ? (
          <span className="muted small block">You manage it; join to see its runs</span>
        ) : null}
      </>
    ),
  }),
  projectCol.display({
    id: 'owner',
    header: 'Owner',
    cell: ({ row: { original: p } }) => (
      <>
        {p.ownerName}
        {!p.ownerInTeam ? (
          <span className="block">
            <Badge tone="warning">Owner is no longer in the team</Badge>
          </span>
        ) : null}
      </>
    ),
  }),
  projectCol.display({
    id: 'runs',
    header: 'Runs',
    cell: ({ row }) => count(row.original.runCount),
  }),
  projectCol.display({
    id: 'updated',
    header: 'Last updated',
    meta: { cellProps: (p) => ({ title: fullDate(p.updatedAt) }) },
    cell: ({ row }) => relativeTime(row.original.updatedAt),
  }),
];

function ProjectsTable({ teamName, projects }: { teamName: string; projects: TeamDetail['projects'] }) {
  if (projects.length === 0)
    return (
      <EmptyState title="No projects you can see">
        Projects of this team that you may view appear here.
      </EmptyState>
    );
  return (
    <DataTable caption="Projects" columns={projectColumns(teamName)} data={projects} getRowId={(p) => p.id} />
  );
}

const MEMBER_COLUMNS = [
  memberColumn<MemberRow>(
    (m) => (m.username ? `@${m.username}` : null),
    (m) => (m.kind === 'service' ? <Badge tone="info">Service account</Badge> : null),
  ),
  memberCol.display({
    id: 'teamRole',
    header: 'Team role',
    cell: ({ row: { original: m } }) => <TeamRoleBadge label={m.roleLabel} />,
  }),
  ...seatColumns<MemberRow>(),
];

function MembersTable({ members }: { members: TeamDetail['members'] }) {
  return <DataTable caption="Members" columns={MEMBER_COLUMNS} data={members} getRowId={(m) => m.id} />;
}

export function TeamPage({
  team,
  projectActions,
  teamsPath,
}: {
  team: string;
  projectActions?: ReactNode;
  /** The org's Teams page: where a team that is not there for them sends a person. */
  /** Where the teams they can open are (null: nowhere, signed out). */
  teamsPath: string | null;
}) {
  const detail = useTeam(team);
  if (detail.isPending) {
    return <PageSkeleton label="Loading the team" />;
  }
  if (detail.isLoadingError || isRefusal(detail.error)) {
    return (
      <div className="page">
        <ErrorState
          page
          error={detail.error}
          onRetry={() => void detail.refetch()}
          back={wayBack(detail.error, teamsPath)}
        />
      </div>
    );
  }
  const { team: t, projects, members, viewer } = detail.data;
  return (
    <div className="page">
      <PageHeader
        titleClassName="team-title"
        title={
          <>
            {t.name} {t.hidden ? <Badge tone="warning">Hidden team</Badge> : null}
          </>
        }
        subtitle={`${t.orgName} · ${plural(members.length, 'member')} · ${plural(projects.length, 'project')} you can see · storage: ${t.storage}`}
        actions={
          <div className="row">
            {viewer.yourRoleLabel ? (
              <Badge tone="accent">Your role: {viewer.yourRoleLabel}</Badge>
            ) : (
              <Badge>Not a member</Badge>
            )}
            {viewer.canOpenSettings.allowed ? (
              <Link className="btn" to={`/${t.name}/settings`}>
                Team settings
              </Link>
            ) : null}
          </div>
        }
      />
      <RefreshFailed query={detail} what="this team" />
      <Tabs
        label="Team sections"
        tabs={[
          {
            value: 'projects',
            label: `Projects (${projects.length})`,
            content: (
              <div className="stack-sm">
                {projectActions ? <div className="row">{projectActions}</div> : null}
                <ProjectsTable teamName={t.name} projects={projects} />
              </div>
            ),
          },
          {
            value: 'members',
            label: `Members (${members.length})`,
            content: <MembersTable members={members} />,
          },
        ]}
      />
    </div>
  );
}
