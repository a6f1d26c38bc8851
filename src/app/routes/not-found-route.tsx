// Any address that names no page.
import { Link, useOutletContext } from 'react-router';
import type { Session } from '../../api/session';
import { PageHeader } from '../../components/ui/page-header';

export function NotFoundRoute() {
  const session = useOutletContext<Session>();
  return (
    <div className="page">
      <PageHeader
        title="Page not found"
        subtitle="There is nothing at this address, or you are not allowed to see it."
      />
      <p>
        <Link to={`/account-settings/${session.org.slug}/users`}>Go to the Users page</Link>
      </p>
    </div>
  );
}
