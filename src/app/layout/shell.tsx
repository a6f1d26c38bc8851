// The frame of every page: header with the org and the user menu, the acting-user banner, the left
// navigation, and the page. Composes the session, demo and teams features.
import { useEffect, useState, type MouseEvent, type ReactNode } from 'react';
import { NavLink } from 'react-router';
import type { ServerSession } from '../../api/auth';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { Banner } from '../../components/ui/states';
import { useSetToastActor } from '../../components/ui/toast';
import { ExplainOrgContext } from '../../lib/explain-link';
import { AccessDrawerProvider } from '../../features/access/components/access-drawer';
import { useDismissLoadProblem } from '../../features/demo/api/demo';
import { ActingBanner } from '../../features/session/components/acting-banner';
import { hasOrgChoice, OrgSwitcher } from '../../features/session/components/org-switcher';
import { useSetViewAs } from '../../features/session/api/set-view-as';
import { TeamsNav } from '../../features/teams/components/teams-nav';
import { CreateProjectNav } from './create-project-nav';
import { UserMenu } from './user-menu';
import { lazyNamed, MountOnFirstOpen } from '../../lib/lazy-named';
import { SERVER_MODE } from '../../lib/backend-mode';
import { useSignOut } from '../../features/auth/api/sign-out';
import { mayViewAs } from './view-as-offer';

// Opened by a click, so loaded then: the first page parses less (issue 13).
const DemoPanel = lazyNamed(() => import('../../features/demo/components/demo-panel'), 'DemoPanel');
const ViewAsDialog = lazyNamed(
  () => import('../../features/session/components/view-as-dialog'),
  'ViewAsDialog',
);

const PLAN_LABELS = { free: 'Free', teams: 'Teams', enterprise: 'Enterprise' } as const;
const DEPLOYMENT_LABELS = {
  saas: 'Multi-tenant Cloud',
  dedicated: 'Dedicated Cloud',
  'self-managed': 'Self-managed',
} as const;

const FOCUSABLE =
  'button:not([disabled]), a[href], input:not([disabled]), [tabindex="0"]:not([aria-hidden="true"])';

/**
 * A quick way into a page's table (issue 15): its first row's first control, so a member's role is a
 * Tab or two away instead of 25. Pages with no table get the page itself.
 */
function skipToTable(event: MouseEvent<HTMLAnchorElement>) {
  const table = document.querySelector<HTMLElement>('main table');
  const target =
    table?.querySelector<HTMLElement>(`tbody ${FOCUSABLE.split(', ').join(', tbody ')}`) ??
    document.getElementById('main');
  if (!target) return;
  event.preventDefault();
  target.focus();
}

export function Shell({
  session,
  notice,
  outlet,
}: {
  session: ServerSession;
  notice: string | null;
  outlet: ReactNode;
}) {
  const [viewAsOpen, setViewAsOpen] = useState(false);
  const [demoOpen, setDemoOpen] = useState(false);
  const [noticeShown, setNoticeShown] = useState(notice !== null);
  const dismiss = useDismissLoadProblem();
  const setViewAs = useSetViewAs();
  const signOut = useSignOut();
  // The shared server (issue 16) has no demo tools, and View as only for org admins.
  const openViewAs = mayViewAs(session) ? () => setViewAsOpen(true) : null;
  const openDemo = SERVER_MODE ? null : () => setDemoOpen(true);
  const org = session.org.slug;
  const setToastActor = useSetToastActor();
  const actingId = session.actingUser?.id ?? null;
  useEffect(() => setToastActor(actingId), [setToastActor, actingId]);
  // Someone outside the org (or signed out) sees none of its chrome: no org navigation, no teams, no
  // plan; only the page, which is an Open or Public project or a plain "no access" page (ADR 0023).
  const inOrg = session.can.readOrg.allowed;
  const layout = (
    <div className={inOrg ? 'layout' : 'layout layout-plain'}>
      {inOrg ? (
        <nav className="sidenav" aria-label="Main">
          <section aria-labelledby="nav-org" className="nav-section">
            <h2 id="nav-org" className="nav-heading">
              Organization
            </h2>
            <ul className="nav-list">
              <li>
                <NavLink to={`/account-settings/${org}/settings`} className="nav-link">
                  Settings
                </NavLink>
              </li>
              <li>
                <NavLink to={`/account-settings/${org}/users`} className="nav-link">
                  Users
                </NavLink>
              </li>
              <li>
                <NavLink to={`/account-settings/${org}/teams`} className="nav-link">
                  Teams
                </NavLink>
              </li>
              <li>
                <NavLink to={`/account-settings/${org}/roles`} className="nav-link">
                  Roles
                </NavLink>
              </li>
              <li>
                <NavLink to={`/account-settings/${org}/access`} className="nav-link">
                  Access
                </NavLink>
              </li>
              {session.can.readAuditLog.allowed ||
              session.can.readAuditLog.reasons.some((r) => r.step === 'plan') ? (
                // Hidden from Members and Viewers (admin-only, as in W&B); admins without Enterprise see it
                // marked and the page says why (ADR 0010).
                <li>
                  <NavLink to={`/account-settings/${org}/audit-log`} className="nav-link">
                    Audit log{' '}
                    {session.can.readAuditLog.allowed ? null : <Badge tone="neutral">Enterprise</Badge>}
                  </NavLink>
                </li>
              ) : null}
            </ul>
          </section>
          {session.actingUser ? (
            <div className="nav-group">
              <TeamsNav org={org} />
              <CreateProjectNav org={org} />
            </div>
          ) : null}
        </nav>
      ) : null}
      <main id="main" className="main" tabIndex={-1}>
        {outlet}
      </main>
    </div>
  );
  return (
    <div className="app">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <a href="#main" className="skip-link" onClick={skipToTable}>
        Skip to table
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">Access Console</span>
        </div>
        {inOrg || hasOrgChoice(session) ? (
          <div className="topbar-org">
            {hasOrgChoice(session) ? (
              <OrgSwitcher session={session} />
            ) : (
              <span className="org-name">{session.org.name}</span>
            )}
            {inOrg ? (
              <>
                <Badge tone="neutral">{PLAN_LABELS[session.org.plan]}</Badge>
                <Badge tone="neutral">{DEPLOYMENT_LABELS[session.org.deployment]}</Badge>
              </>
            ) : null}
          </div>
        ) : null}
        <div className="topbar-right">
          {openDemo ? (
            <Button
              variant="ghost"
              size="sm"
              className="topbar-demo"
              title={`Demo · ${session.scenario.label}`}
              aria-label={`Demo · ${session.scenario.label}`}
              onClick={openDemo}
            >
              {/* Below 1200 px only "Demo": the scenario's org and deployment are beside it already. */}
              Demo<span className="topbar-demo-scenario"> · {session.scenario.label}</span>
            </Button>
          ) : null}
          <UserMenu
            session={session}
            onViewAs={openViewAs}
            onDemoPanel={openDemo}
            onSignOut={SERVER_MODE ? () => signOut.mutate() : null}
          />
        </div>
      </header>
      <ActingBanner
        session={session}
        onSwitch={openViewAs}
        onStopViewingAs={SERVER_MODE ? () => setViewAs.mutate(null) : null}
      />
      {session.loadProblem ? (
        <Banner
          tone="danger"
          action={
            <Button size="sm" onClick={() => dismiss.mutate()} disabled={dismiss.isPending}>
              Dismiss
            </Button>
          }
        >
          {session.loadProblem.message}
          {session.loadProblem.details.length > 0 ? (
            <ul className="banner-details" aria-label="Changes dropped on loading">
              {session.loadProblem.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          ) : null}
        </Banner>
      ) : null}
      {noticeShown && notice ? (
        <Banner
          tone="warning"
          action={
            <Button size="sm" onClick={() => setNoticeShown(false)}>
              Dismiss
            </Button>
          }
        >
          {notice}
        </Banner>
      ) : null}
      {/* "Why?" and "Explain access" anywhere in the nav or the page open the access drawer over it.
          Someone outside the org gets no link to its Access page (a project's Access tab, a "Why?" with
          no drawer): the page would only say they have no access to the org. */}
      <ExplainOrgContext.Provider value={inOrg ? org : null}>
        {session.actingUser ? (
          <AccessDrawerProvider org={org} self={session.actingUser.id}>
            {layout}
          </AccessDrawerProvider>
        ) : (
          layout
        )}
      </ExplainOrgContext.Provider>
      <MountOnFirstOpen open={viewAsOpen}>
        <ViewAsDialog
          open={viewAsOpen}
          onOpenChange={setViewAsOpen}
          currentUserId={session.actingUser?.id ?? null}
        />
      </MountOnFirstOpen>
      {openDemo ? (
        <MountOnFirstOpen open={demoOpen}>
          <DemoPanel
            open={demoOpen}
            onOpenChange={setDemoOpen}
            onViewAs={(userId) => setViewAs.mutate(userId, { onSuccess: () => setDemoOpen(false) })}
          />
        </MountOnFirstOpen>
      ) : null}
    </div>
  );
}
