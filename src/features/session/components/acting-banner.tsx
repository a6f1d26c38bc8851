// Always visible: whose eyes the console is looking through, so a demo never confuses roles.
import type { Session } from '../../../api/session';
import { ORG_ROLE_LABELS } from '../../../api/role-labels';
import { Button } from '../../../components/ui/button';

export function ActingBanner({
  session,
  onSwitch,
}: {
  session: Session;
  /** Null where View as is not offered to this person (the shared server: org admins only). */
  onSwitch: (() => void) | null;
}) {
  const user = session.actingUser;
  const role = user?.orgRole
    ? `${ORG_ROLE_LABELS[user.orgRole]} of ${session.org.name}`
    : user?.orgName
      ? `outside ${session.org.name} (${user.orgName})`
      : `outside ${session.org.name}`;
  return (
    <div className="acting-banner" role="status" aria-label="Acting user">
      <span>
        {user ? (
          <>
            Viewing as <strong>{user.name}</strong> <span className="acting-role">· {role}</span>
          </>
        ) : (
          <>
            Viewing as an <strong>anonymous visitor</strong> (signed out)
          </>
        )}
      </span>
      {onSwitch ? (
        <Button size="sm" variant="ghost" onClick={onSwitch}>
          Switch person
        </Button>
      ) : null}
    </div>
  );
}
