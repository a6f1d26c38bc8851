import { createBrowserRouter, Navigate, useOutletContext, type RouteObject } from 'react-router';
import type { Session } from '../api/session';
import { OrgSettingsRoute } from './routes/org-settings-route';
import { NotFoundRoute, TeamRoute, TeamSettingsRoute, TeamsRoute, UsersRoute } from './routes/org-routes';
import { RolesRoute } from './routes/roles-route';
import { AccessRoute } from './routes/access-route';
import { ProjectIndexRoute, ProjectOverviewRoute, ProjectUsersRoute } from './routes/project-routes';
import { SessionGate } from './session-gate';
import { AuditRoute } from './routes/audit-route';
import { RouteError } from './route-error';

function HomeRedirect() {
  const session = useOutletContext<Session>();
  return <Navigate to={`/account-settings/${session.org.slug}/users`} replace />;
}

/** Every page has its own error boundary: a page that throws leaves the shell and the others working. */
const page = (route: RouteObject): RouteObject => ({ ...route, errorElement: <RouteError /> });

export function createRouter(notice: string | null) {
  return createBrowserRouter(
    [
      {
        element: <SessionGate notice={notice} />,
        errorElement: <RouteError />,
        children: [
          page({ index: true, element: <HomeRedirect /> }),
          page({ path: 'account-settings/:org/settings', element: <OrgSettingsRoute /> }),
          page({ path: 'account-settings/:org/audit-log', element: <AuditRoute /> }),
          page({ path: 'account-settings/:org/users', element: <UsersRoute /> }),
          page({ path: 'account-settings/:org/teams', element: <TeamsRoute /> }),
          page({ path: 'account-settings/:org/roles', element: <RolesRoute /> }),
          page({ path: 'account-settings/:org/access', element: <AccessRoute /> }),
          page({ path: 'account-settings/:org', element: <HomeRedirect /> }),
          page({ path: ':team', element: <TeamRoute /> }),
          page({ path: ':team/settings', element: <TeamSettingsRoute /> }),
          page({ path: ':team/:project', element: <ProjectIndexRoute /> }),
          page({ path: ':team/:project/overview', element: <ProjectOverviewRoute /> }),
          page({ path: ':team/:project/users', element: <ProjectUsersRoute /> }),
          page({ path: '*', element: <NotFoundRoute /> }),
        ],
      },
    ],
    { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' },
  );
}
