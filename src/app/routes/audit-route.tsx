// /account-settings/:org/audit-log — the Audit log for the org of the URL.
import { useOutletContext, useParams } from 'react-router';
import type { Session } from '../../api/session';
import { AuditPage } from '../../features/audit/components/audit-page';

export function AuditRoute() {
  const session = useOutletContext<Session>();
  const org = useParams().org ?? session.org.slug;
  return <AuditPage key={org} org={org} orgName={org === session.org.slug ? session.org.name : org} />;
}
