// /account-settings/:org/roles — the Roles page for the org of the URL.
import { useOutletContext, useParams } from 'react-router';
import type { Session } from '../../api/session';
import { RolesPage } from '../../features/roles/components/roles-page';

export function RolesRoute() {
  const session = useOutletContext<Session>();
  const org = useParams().org ?? session.org.slug;
  return <RolesPage key={org} org={org} orgName={org === session.org.slug ? session.org.name : org} />;
}
