// /:team/:project/overview and /users share this frame: name, visibility, owner flag, Join, tabs.
import { useState, type ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { VISIBILITY_INFO } from '../../../api/team';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Guarded } from '../../../components/ui/guarded';
import { Banner, ErrorState, RefreshFailed, PageSkeleton, wayBack } from '../../../components/ui/states';
import { useToast } from '../../../components/ui/toast';
import { VisibilityIcon } from '../../../components/ui/visibility-icon';
import { useAccessDrawer, useExplainHref } from '../../../lib/explain-link';
import { fullDate } from '../../../lib/format';
import { decidingReason, PageReason } from '../../../lib/reasons';
import { useJoinProject } from '../api/project-mutations';
import { useProjectOverview } from '../api/project-queries';
import { EditProjectDialog } from './edit-project-dialog';
import { ProjectUsersTab } from './project-users-tab';
import { RunsTable } from './runs-table';
import { projectActions } from './project-actions';
import { ReadOnlyNote } from '../../../components/ui/read-only-note';
import { YourAccess } from './your-access';
import { isRefusal } from '../../../lib/errors';
import { PageHeader } from '../../../components/ui/page-header';

export function ProjectPage({
  team,
  project,
  tab,
  content,
  teamsPath,
}: {
  team: string;
  project: string;
  tab: 'overview' | 'users';
  /** The org's Teams page: where a project that is not there for them sends a person. */
  teamsPath: string | null;
  /** Reports, sweeps and artifacts under the runs (composed in app/, another feature's). */
  content?: ReactNode;
}) {
  const overview = useProjectOverview(team, project);
  const join = useJoinProject(team, project);
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const accessHref = useExplainHref({ project: `${team}/${project}` });
  const openDrawer = useAccessDrawer();
  if (overview.isPending) {
    return <PageSkeleton label="Loading the project" tabs layout="panels" />;
  }
  if (overview.isLoadingError || isRefusal(overview.error)) {
    return (
      <div className="page">
        <ErrorState
          page
          error={overview.error}
          onRetry={() => void overview.refetch()}
          back={wayBack(overview.error, teamsPath, { to: `/${team}`, label: `Go to team ${team}` })}
        />
      </div>
    );
  }
  const o = overview.data;
  const p = o.project;
  const actions = projectActions(o);
  const base = `/${p.team}/${p.name}`;
  let body: ReactNode;
  if (tab === 'users') body = <ProjectUsersTab team={p.team} project={p.name} />;
  else
    body = (
      <div className="project-grid">
        <div className="stack">
          <section className="panel" aria-labelledby="details-title">
            <h2 id="details-title" className="panel-title">
              Details
            </h2>
            <dl className="details">
              <dt>Description</dt>
              <dd>{p.description || <span className="muted">No description</span>}</dd>
              <dt>Owner</dt>
              <dd>
                {p.ownerName}{' '}
                {!p.ownerInTeam ? <Badge tone="warning">Owner is no longer in the team</Badge> : null}
              </dd>
              <dt>Visibility</dt>
              <dd>
                <span className="visibility">
                  <VisibilityIcon visibility={p.visibility} /> {VISIBILITY_INFO[p.visibility].label}
                </span>{' '}
                <span className="muted small">{VISIBILITY_INFO[p.visibility].meaning}</span>
              </dd>
              <dt>Contents</dt>
              <dd>
                {p.counts.runs} runs · {p.counts.reports} reports · {p.counts.artifacts} artifacts
              </dd>
              <dt>Created</dt>
              <dd>{fullDate(p.createdAt)}</dd>
            </dl>
          </section>
          {o.viewer.canSeeContent.allowed ? (
            <RunsTable overview={o} actions={actions} />
          ) : (
            <Banner tone="info">
              {decidingReason(o.viewer.canSeeContent.reasons)?.text ?? 'You cannot see this project’s runs.'}
            </Banner>
          )}
          {content}
        </div>
        <YourAccess access={o.yourAccess} />
      </div>
    );
  return (
    <div className="page">
      <PageHeader
        breadcrumb={
          <>
            <Link to={`/${p.team}`}>{p.team}</Link> / {p.name}
          </>
        }
        titleClassName="team-title"
        title={
          <>
            {p.name}{' '}
            <Badge>
              <VisibilityIcon visibility={p.visibility} /> {VISIBILITY_INFO[p.visibility].label}
            </Badge>
          </>
        }
        actions={
          <div className="page-actions">
            {openDrawer ? (
              <Button
                aria-haspopup="dialog"
                onClick={() => openDrawer({ kind: 'project', project: `${p.team}/${p.name}` })}
              >
                Who has access
              </Button>
            ) : null}
            {actions.readOnly ? null : (
              <Guarded
                decision={o.viewer.canEdit}
                explain={{ project: `${p.team}/${p.name}`, permission: 'project:update' }}
              >
                <Button disabled={!o.viewer.canEdit.allowed} onClick={() => setEditing(true)}>
                  Edit Project Details
                </Button>
              </Guarded>
            )}
          </div>
        }
      />
      <RefreshFailed query={overview} what="this project" />
      {/* On the Users tab, that tab's own note says why its controls are missing. */}
      {actions.readOnly && tab === 'overview' ? (
        <ReadOnlyNote
          refusals={actions.readOnly}
          explain={{ project: `${p.team}/${p.name}`, permission: 'project:update' }}
        >
          You can see this project but not edit it
          {o.runs.length > 0 ? ', or stop, delete or move its runs' : ''}:
        </ReadOnlyNote>
      ) : null}
      {!p.ownerInTeam && o.viewer.canChangeOwner.allowed ? (
        <Banner tone="warning">
          <strong>The owner, {p.ownerName}, is no longer in the team.</strong> Set a new owner in Edit Project
          Details.
        </Banner>
      ) : null}
      {o.viewer.join ? (
        <Banner
          tone="info"
          action={
            <Guarded decision={o.viewer.join}>
              <Button
                size="sm"
                variant="primary"
                disabled={!o.viewer.join.allowed || join.isPending}
                onClick={() =>
                  join.mutate(undefined, { onSuccess: () => toast({ title: `You joined ${p.name}` }) })
                }
              >
                Join project
              </Button>
            </Guarded>
          }
        >
          {/* The server's sentence, as the "Manages only (not joined)" badge below says it. */}
          This project is Restricted and you have not joined it.{' '}
          {o.yourAccess.roleDetail
            ? `${o.yourAccess.roleDetail}.`
            : 'As an admin you manage it; join to see its runs, reports and artifacts.'}
        </Banner>
      ) : null}
      <nav className="tabs-list" aria-label="Project sections">
        <NavLink to={`${base}/overview`} className="tabs-trigger tab-link">
          Overview
        </NavLink>
        <NavLink to={`${base}/users`} className="tabs-trigger tab-link">
          Users
        </NavLink>
        {/* Who has access and why, with the matrix: the org's Access page, prefilled with this project. */}
        {accessHref ? (
          <Link to={`${accessHref}&view=who`} className="tabs-trigger tab-link">
            Access
          </Link>
        ) : null}
      </nav>
      {/* The note's refusal is said once: reports, sweeps and artifacts refused for the same cause
          drop their own line and their controls' Why? (their tooltips keep the reason). */}
      <PageReason.Provider value={tab === 'overview' ? (actions.readOnly?.[0].decision ?? null) : null}>
        {body}
      </PageReason.Provider>
      {editing ? <EditProjectDialog overview={o} open={editing} onOpenChange={setEditing} /> : null}
    </div>
  );
}
