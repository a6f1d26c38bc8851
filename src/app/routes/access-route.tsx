// /account-settings/:org/access — the Access page for the org of the URL, as the acting person.
import { useOutletContext, useParams } from 'react-router';
import type { Session } from '../../api/session';
import { AccessPage } from '../../features/access/components/access-page';

export function AccessRoute() {
  const session = useOutletContext<Session>();
  const org = useParams().org ?? session.org.slug;
  const me = session.actingUser;
  return (
    <AccessPage
      key={`${org}-${session.actingUser?.id ?? ''}`}
      org={org}
      self={
        me
          ? {
              id: me.id,
              name: me.name,
              email: me.email,
              description: me.orgRole ? 'You' : 'You, outside the org',
            }
          : null
      }
    />
  );
}
