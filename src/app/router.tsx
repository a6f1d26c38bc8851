import { createBrowserRouter, Navigate, useOutletContext } from 'react-router';
import type { Session } from '../api/session';
import { OrgSettingsRoute } from './routes/org-settings-route';
import { NotFoundRoute, TeamRoute, TeamSettingsRoute, TeamsRoute, UsersRoute } from './routes/org-routes';
import { RolesRoute } from './routes/roles-route';
import { AccessRoute } from './routes/access-route';
import { ProjectIndexRoute, ProjectOverviewRoute, ProjectUsersRoute } from './routes/project-routes';
import { SessionGate } from './session-gate';
import { AuditRoute } from './routes/audit-route';

function HomeRedirect() {
  const session = useOutletContext<Session>();
  return <Navigate to={`/account-settings/${session.org.slug}/users`} replace />;
}

export function createRouter(notice: string | null) {
  return createBrowserRouter(
    [
      {
        element: <SessionGate notice={notice} />,
        children: [
          { index: true, element: <HomeRedirect /> },
          { path: 'account-settings/:org/settings', element: <OrgSettingsRoute /> },
          { path: 'account-settings/:org/audit-log', element: <AuditRoute /> },
          { path: 'account-settings/:org/users', element: <UsersRoute /> },
          { path: 'account-settings/:org/teams', element: <TeamsRoute /> },
          { path: 'account-settings/:org/roles', element: <RolesRoute /> },
          { path: 'account-settings/:org/access', element: <AccessRoute /> },
          { path: 'account-settings/:org', element: <HomeRedirect /> },
          { path: ':team', element: <TeamRoute /> },
          { path: ':team/settings', element: <TeamSettingsRoute /> },
          { path: ':team/:project', element: <ProjectIndexRoute /> },
          { path: ':team/:project/overview', element: <ProjectOverviewRoute /> },
          { path: ':team/:project/users', element: <ProjectUsersRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
    { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' },
  );
}
