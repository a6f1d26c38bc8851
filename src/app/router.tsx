import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate, useOutletContext, useParams, type RouteObject } from 'react-router';
import type { Session } from '../api/session';
import { Skeleton } from '../components/ui/states';
import { SERVER_MODE } from '../lib/backend-mode';
import { SessionGate } from './session-gate';
import { RouteError } from './route-error';
import { NotFoundRoute } from './routes/not-found-route';
import { OrgGate } from './org-gate';

/** The Users page of the org: the session's, or for someone outside it, their own org's. */
function HomeRedirect() {
  const session = useOutletContext<Session>();
  const own = session.can.readOrg.allowed ? null : session.actingUser?.orgSlug;
  return <Navigate to={`/account-settings/${own ?? session.org.slug}/users`} replace />;
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

/** The shared server's pages for people not signed in yet (issue 16); the in-browser build has none. */
const authRoutes = (): RouteObject[] => [
  page('sign-in', async () => (await import('./routes/auth-routes')).SignInRoute),
  page('first-run', async () => (await import('./routes/auth-routes')).FirstRunRoute),
  page('accept-invite', async () => (await import('./routes/auth-routes')).AcceptInviteRoute),
];

export function createRouter(notice: string | null) {
  return createBrowserRouter(
    [
      ...(SERVER_MODE ? authRoutes() : []),
      {
        element: <SessionGate notice={notice} />,
        hydrateFallbackElement: <BootLoading />,
        errorElement: <RouteError />,
        children: [
          eager(null, HomeRedirect),
          // User settings → API keys (the in-browser backend keeps keys too, for whoever is acting).
          page('settings', async () => (await import('./routes/user-settings-route')).UserSettingsRoute),
          {
            // Asks whether the acting person may see the org before any of its pages (ADR 0023).
            path: 'account-settings/:org',
            Component: OrgGate,
            errorElement: <RouteError />,
            children: [
              eager(null, HomeRedirect),
              page('settings', async () => (await import('./routes/org-settings-route')).OrgSettingsRoute),
              page('audit-log', async () => (await import('./routes/audit-route')).AuditRoute),
              page('users', async () => (await import('./routes/users-route')).UsersRoute),
              page('teams', async () => (await import('./routes/teams-route')).TeamsRoute),
              page('roles', async () => (await import('./routes/roles-route')).RolesRoute),
              page('access', async () => (await import('./routes/access-route')).AccessRoute),
              eager('*', NotFoundRoute),
            ],
          },
          page(
            'reports/:token',
            async () => (await import('./routes/shared-report-route')).SharedReportRoute,
          ),
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
