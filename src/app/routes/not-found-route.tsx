// Any address that names no page.
import { Link, useOutletContext } from 'react-router';
import type { Session } from '../../api/session';

export function NotFoundRoute() {
  const session = useOutletContext<Session>();
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>Page not found</h1>
          <p className="page-subtitle">There is nothing at this address, or you are not allowed to see it.</p>
        </div>
      </header>
      <p>
        <Link to={`/account-settings/${session.org.slug}/users`}>Go to the Users page</Link>
      </p>
    </div>
  );
}
