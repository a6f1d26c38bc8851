// Always visible: whose eyes the console is looking through, so a demo never confuses roles. On the
// shared server (issue 16) it names who signed in, and says so plainly when an org admin views as
// someone else, with the way back to themselves.
import type { ServerSession } from '../../../api/auth';
import { ORG_ROLE_LABELS } from '../../../api/role-labels';
import { Button } from '../../../components/ui/button';

export function ActingBanner({
  session,
  onSwitch,
  onStopViewingAs,
}: {
  session: ServerSession;
  /** Null where View as is not offered to this person (the shared server: org admins only). */
  onSwitch: (() => void) | null;
  /** The shared server, while viewing as someone else: back to oneself. */
  onStopViewingAs: (() => void) | null;
}) {
  const user = session.actingUser;
  const signedIn = session.signedInUser ?? null;
  const role = user?.orgRole
    ? `${ORG_ROLE_LABELS[user.orgRole]} of ${session.org.name}`
    : user?.orgName
      ? `outside ${session.org.name} (${user.orgName})`
      : `outside ${session.org.name}`;
  const viewingAsOther = signedIn !== null && user !== null && signedIn.id !== user.id;
  return (
    <div className="acting-banner" role="status" aria-label="Acting user">
      <span>
        {signedIn && !viewingAsOther ? (
          <>
            Signed in as <strong>{signedIn.name}</strong> <span className="acting-role">· {role}</span>
          </>
        ) : user ? (
          <>
            Viewing as <strong>{user.name}</strong> <span className="acting-role">· {role}</span>
            {viewingAsOther ? (
              <span className="acting-role">
                {' '}
                — you are signed in as {signedIn.name}; what you do is recorded as View as
              </span>
            ) : null}
          </>
        ) : (
          <>
            Viewing as an <strong>anonymous visitor</strong> (signed out)
          </>
        )}
      </span>
      <span className="row">
        {viewingAsOther && onStopViewingAs ? (
          <Button size="sm" variant="ghost" onClick={onStopViewingAs}>
            Back to {signedIn.name}
          </Button>
        ) : null}
        {onSwitch ? (
          <Button size="sm" variant="ghost" onClick={onSwitch}>
            Switch person
          </Button>
        ) : null}
      </span>
    </div>
  );
}
