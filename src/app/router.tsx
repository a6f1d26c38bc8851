import { Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, useOutletContext, useParams, type RouteObject } from 'react-router';
import type { Session } from '../api/session';
import { Skeleton } from '../components/ui/states';
import { lazyNamed } from '../lib/lazy-named';
import { SessionGate } from './session-gate';
import { RouteError } from './route-error';
import { NotFoundRoute } from './routes/not-found-route';

// Each page is its own chunk: the first page parses the shell and itself, the others load when opened.
const UsersRoute = lazyNamed(() => import('./routes/users-route'), 'UsersRoute');
const TeamsRoute = lazyNamed(() => import('./routes/teams-route'), 'TeamsRoute');
const TeamRoute = lazyNamed(() => import('./routes/team-routes'), 'TeamRoute');
const TeamSettingsRoute = lazyNamed(() => import('./routes/team-routes'), 'TeamSettingsRoute');
const OrgSettingsRoute = lazyNamed(() => import('./routes/org-settings-route'), 'OrgSettingsRoute');
const AuditRoute = lazyNamed(() => import('./routes/audit-route'), 'AuditRoute');
const RolesRoute = lazyNamed(() => import('./routes/roles-route'), 'RolesRoute');
const AccessRoute = lazyNamed(() => import('./routes/access-route'), 'AccessRoute');
const ProjectOverviewRoute = lazyNamed(() => import('./routes/project-routes'), 'ProjectOverviewRoute');
const ProjectUsersRoute = lazyNamed(() => import('./routes/project-routes'), 'ProjectUsersRoute');

function HomeRedirect() {
  const session = useOutletContext<Session>();
  return <Navigate to={`/account-settings/${session.org.slug}/users`} replace />;
}

function ProjectIndexRedirect() {
  const { team = '', project = '' } = useParams();
  return <Navigate to={`/${team}/${project}/overview`} replace />;
}

/** While a page's code loads, the shell stays and the page's place says so. */
function PageLoading() {
  return (
    <div className="page" aria-busy="true" aria-label="Loading the page">
      <Skeleton height={32} width="40%" />
      <Skeleton height={320} />
    </div>
  );
}

/** Every page has its own error boundary: a page that throws (or whose code fails to load) leaves the
 * shell and the others working. */
const page = (path: string | null, element: ReactNode): RouteObject => ({
  ...(path === null ? { index: true } : { path }),
  element: <Suspense fallback={<PageLoading />}>{element}</Suspense>,
  errorElement: <RouteError />,
});

export function createRouter(notice: string | null) {
  return createBrowserRouter(
    [
      {
        element: <SessionGate notice={notice} />,
        errorElement: <RouteError />,
        children: [
          page(null, <HomeRedirect />),
          page('account-settings/:org/settings', <OrgSettingsRoute />),
          page('account-settings/:org/audit-log', <AuditRoute />),
          page('account-settings/:org/users', <UsersRoute />),
          page('account-settings/:org/teams', <TeamsRoute />),
          page('account-settings/:org/roles', <RolesRoute />),
          page('account-settings/:org/access', <AccessRoute />),
          page('account-settings/:org', <HomeRedirect />),
          page(':team', <TeamRoute />),
          page(':team/settings', <TeamSettingsRoute />),
          page(':team/:project', <ProjectIndexRedirect />),
          page(':team/:project/overview', <ProjectOverviewRoute />),
          page(':team/:project/users', <ProjectUsersRoute />),
          page('*', <NotFoundRoute />),
        ],
      },
    ],
    { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' },
  );
}
