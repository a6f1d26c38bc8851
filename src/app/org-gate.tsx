// Every /account-settings/:org page asks first whether the acting person may see the org: the session
// carries the server's answer for its own org, and another slug is asked of GET /api/orgs/:org. A
// refusal shows the plain NoAccessPage instead of the org's pages (ADR 0023).
import { Outlet, useOutletContext, useParams } from 'react-router';
import type { Session } from '../api/session';
import { PageSkeleton } from '../components/ui/states';
import { useOrgSummary } from '../features/session/api/get-org';
import { NoAccessPage } from './no-access-page';

export function OrgGate() {
  const session = useOutletContext<Session>();
  const slug = useParams().org ?? session.org.slug;
  const home = slug === session.org.slug;
  const other = useOrgSummary(slug, !home);
  if (home) {
    return session.can.readOrg.allowed ? (
      <Outlet context={session} />
    ) : (
      <NoAccessPage session={session} orgName={session.org.name} answer={{ decision: session.can.readOrg }} />
    );
  }
  if (other.isPending) {
    return <PageSkeleton label="Loading the organization" />;
  }
  if (other.isError) return <NoAccessPage session={session} orgName={slug} answer={{ error: other.error }} />;
  return <Outlet context={session} />;
}
