// /account-settings/:org/access — the Access page for the org of the URL, as the acting person.
import { useOutletContext, useParams } from 'react-router';
import type { Session } from '../../api/session';
import { AccessPage } from '../../features/access/components/access-page';

export function AccessRoute() {
  const session = useOutletContext<Session>();
  const org = useParams().org ?? session.org.slug;
  return (
    <AccessPage
      key={`${org}-${session.actingUser?.id ?? ''}`}
      org={org}
      selfId={session.actingUser?.id ?? null}
    />
  );
}
