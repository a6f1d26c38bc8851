// /:team — the team dashboard: projects the viewer may see, and the members with their team roles.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { SEAT_LABELS } from '../../../api/role-labels';
import { VISIBILITY_INFO, type TeamDetail } from '../../../api/team';
import { Badge } from '../../../components/ui/badge';
import { Person } from '../../../components/ui/person';
import { DataTable } from '../../../components/ui/table';
import { EmptyState, ErrorState, RefreshFailed, Skeleton } from '../../../components/ui/states';
import { VisibilityIcon } from '../../../components/ui/visibility-icon';
import { Tabs } from '../../../components/ui/tabs';
import { relativeTime, plural, fullDate } from '../../../lib/format';
import { useTeam } from '../api/get-team';
import { isRefusal } from '../../../lib/errors';

function ProjectsTable({ teamName, projects }: { teamName: string; projects: TeamDetail['projects'] }) {
  if (projects.length === 0)
    return (
      <EmptyState title="No projects you can see">
        Projects of this team that you may view appear here.
      </EmptyState>
    );
  return (
    <DataTable caption="Projects" columns={['Project', 'Visibility', 'Owner', 'Runs', 'Last updated']}>
      {projects.map((p) => {
        const v = VISIBILITY_INFO[p.visibility];
        return (
          <tr key={p.id}>
            <td>
              <span className="project-cell">
                <Link className="team-name" to={`/${teamName}/${p.name}/overview`}>
                  {p.name}
                </Link>
                {p.description ? <span className="muted small">{p.description}</span> : null}
              </span>
            </td>
            <td>
              <span className="visibility" title={v.meaning}>
                <VisibilityIcon visibility={p.visibility} /> {v.label}
              </span>
              {p.managementOnly ? (
                <span className="muted small block">You manage it; join to see its runs</span>
              ) : null}
            </td>
            <td>
              {p.ownerName}
              {!p.ownerInTeam ? (
                <span className="block">
                  <Badge tone="warning">Owner is no longer in the team</Badge>
                </span>
              ) : null}
            </td>
            <td>{p.runCount.toLocaleString('en')}</td>
            <td title={fullDate(p.updatedAt)}>{relativeTime(p.updatedAt)}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}

function MembersTable({ members }: { members: TeamDetail['members'] }) {
  return (
    <DataTable caption="Members" columns={['Member', 'Team role', 'Models seat', 'Weave access']}>
      {members.map((m) => (
        <tr key={m.id}>
          <td>
            <Person
              id={m.id}
              name={m.name}
              detail={m.username ? `@${m.username}` : null}
              badges={
                <>
                  {m.isYou ? <Badge tone="accent">You</Badge> : null}
                  {m.kind === 'service' ? <Badge tone="info">Service account</Badge> : null}
                </>
              }
            />
          </td>
          <td>
            <Badge tone={m.role === 'Admin' ? 'accent' : 'neutral'}>{m.role}</Badge>
          </td>
          <td>{m.modelsSeat ? SEAT_LABELS[m.modelsSeat] : <span className="muted">No seat needed</span>}</td>
          <td>{m.weaveAccess ? SEAT_LABELS[m.weaveAccess] : <span className="muted">—</span>}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export function TeamPage({ team, projectActions }: { team: string; projectActions?: ReactNode }) {
  const detail = useTeam(team);
  if (detail.isPending) {
    return (
      <div className="page" aria-busy="true" aria-label="Loading the team">
        <Skeleton height={32} width={240} />
        <Skeleton height={300} />
      </div>
    );
  }
  if (detail.isLoadingError || isRefusal(detail.error)) {
    return (
      <div className="page">
        <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />
      </div>
    );
  }
  const { team: t, projects, members, viewer } = detail.data;
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1 className="team-title">
            {t.name} {t.hidden ? <Badge tone="warning">Hidden team</Badge> : null}
          </h1>
          <p className="page-subtitle">
            {t.orgName} · {plural(members.length, 'member')} · {plural(projects.length, 'project')} you can
            see · storage: {t.storage}
          </p>
        </div>
        <div className="row">
          {viewer.yourRole ? (
            <Badge tone="accent">Your role: {viewer.yourRole}</Badge>
          ) : (
            <Badge>Not a member</Badge>
          )}
          {viewer.canOpenSettings.allowed ? (
            <Link className="btn" to={`/${t.name}/settings`}>
              Team settings
            </Link>
          ) : null}
        </div>
      </header>
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
