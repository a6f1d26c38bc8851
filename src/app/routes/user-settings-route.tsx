// User settings (W&B: the User menu's "User settings"): the signed-in person's API keys.
import { Link, useOutletContext } from 'react-router';
import type { Session } from '../../api/session';
import { PageHeader } from '../../components/ui/page-header';
import { UserSettingsPage } from '../../features/api-keys/components/user-settings-page';

export function UserSettingsRoute() {
  const session = useOutletContext<Session>();
  const user = session.actingUser;
  if (!user) {
    return (
      <div className="page">
        <PageHeader title="User settings" subtitle="Only someone signed in has settings and API keys." />
        <p>
          <Link to="/sign-in?next=%2Fsettings">Sign in</Link>
        </p>
      </div>
    );
  }
  return <UserSettingsPage name={`${user.name} · ${user.username}`} />;
}
