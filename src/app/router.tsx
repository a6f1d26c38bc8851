import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate, useOutletContext, useParams, type RouteObject } from 'react-router';
import type { Session } from '../api/session';
import { Skeleton } from '../components/ui/states';
import { SessionGate } from './session-gate';
import { RouteError } from './route-error';
import { NotFoundRoute } from './routes/not-found-route';

function HomeRedirect() {
  const session = useOutletContext<Session>();
  return <Navigate to={`/account-settings/${session.org.slug}/users`} replace />;
}

function ProjectIndexRedirect() {
  const { team = '', project = '' } = useParams();
  return <Navigate to={`/${team}/${project}/overview`} replace />;
}

/** Before the first page's code has arrived (it loads beside the session, so this is brief). */
function BootLoading() {
  return (
    <div className="boot" aria-busy="true" aria-label="Loading the console">
      <Skeleton height={56} />
      <Skeleton height={400} />
    </div>
  );
}

/**
 * Each page is its own chunk, loaded by the router's `lazy`: on the first load it arrives while the
 * session is fetched, and a navigation keeps the current page until the next one's code is in. (React's
 * `lazy` under Suspense waited for the session first, then held the page back by its fallback throttle:
 * ~0.5 s more on every full load, ADR 0022.) Every page has its own error boundary: a page that throws,
 * or whose code fails to load, leaves the shell and the others working.
 */
const page = (path: string | null, load: () => Promise<ComponentType>): RouteObject => ({
  ...(path === null ? { index: true } : { path }),
  lazy: async () => ({ Component: await load() }),
  errorElement: <RouteError />,
});
const eager = (path: string | null, Component: ComponentType): RouteObject => ({
  ...(path === null ? { index: true } : { path }),
  Component,
  errorElement: <RouteError />,
});

export function createRouter(notice: string | null) {
  return createBrowserRouter(
    [
      {
        element: <SessionGate notice={notice} />,
        hydrateFallbackElement: <BootLoading />,
        errorElement: <RouteError />,
        children: [
          eager(null, HomeRedirect),
          page(
            'account-settings/:org/settings',
            async () => (await import('./routes/org-settings-route')).OrgSettingsRoute,
          ),
          page(
            'account-settings/:org/audit-log',
            async () => (await import('./routes/audit-route')).AuditRoute,
          ),
          page('account-settings/:org/users', async () => (await import('./routes/users-route')).UsersRoute),
          page('account-settings/:org/teams', async () => (await import('./routes/teams-route')).TeamsRoute),
          page('account-settings/:org/roles', async () => (await import('./routes/roles-route')).RolesRoute),
          page(
            'account-settings/:org/access',
            async () => (await import('./routes/access-route')).AccessRoute,
          ),
          eager('account-settings/:org', HomeRedirect),
          page(':team', async () => (await import('./routes/team-routes')).TeamRoute),
          page(':team/settings', async () => (await import('./routes/team-routes')).TeamSettingsRoute),
          eager(':team/:project', ProjectIndexRedirect),
          page(
            ':team/:project/overview',
            async () => (await import('./routes/project-routes')).ProjectOverviewRoute,
          ),
          page(
            ':team/:project/users',
            async () => (await import('./routes/project-routes')).ProjectUsersRoute,
          ),
          eager('*', NotFoundRoute),
        ],
      },
    ],
    { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' },
  );
}
