// W&B's "User menu" (top right): who you are, the Account links, User settings, View as, the demo panel
// and Sign out. Each is offered only where it exists: the shared server has no demo panel, people sign
// out there, and View as is for org admins only (issue 16).
import { useNavigate } from 'react-router';
import type { Session } from '../../api/session';
import { ORG_ROLE_LABELS } from '../../api/role-labels';
import { useSetDefaultOrg } from '../../features/session/api/set-org';
import { Avatar } from '../../components/ui/avatar';
import {
  MenuContent,
  MenuItem,
  MenuLabel,
  MenuRoot,
  MenuSeparator,
  MenuTrigger,
} from '../../components/ui/menu';

export function UserMenu({
  session,
  onViewAs,
  onDemoPanel,
  onSignOut,
}: {
  session: Session;
  /** Null where View as is not offered to this person. */
  onViewAs: (() => void) | null;
  /** Null without the demo panel (the shared server). */
  onDemoPanel: (() => void) | null;
  /** Null where nobody signs in (the in-browser demo). */
  onSignOut: (() => void) | null;
}) {
  const navigate = useNavigate();
  const user = session.actingUser;
  const org = session.org.slug;
  const setDefaultOrg = useSetDefaultOrg();
  const orgs = user?.orgs ?? [];
  return (
    <MenuRoot>
      <MenuTrigger className="user-menu-trigger" aria-label="User menu">
        <Avatar name={user?.name ?? 'Anonymous'} id={user?.id ?? 'anonymous'} size={30} />
        <span className="user-menu-name">{user?.name ?? 'Signed out'}</span>
        <span aria-hidden="true">▾</span>
      </MenuTrigger>
      <MenuContent label="User menu">
        <div className="menu-identity">
          <strong>{user?.name ?? 'Anonymous visitor'}</strong>
          <span className="muted small">
            {user
              ? `${user.email} · ${user.orgRole ? ORG_ROLE_LABELS[user.orgRole] : 'outside the org'}`
              : 'Not signed in'}
          </span>
        </div>
        <MenuSeparator />
        <MenuLabel>Account</MenuLabel>
        <MenuItem onSelect={() => void navigate(`/account-settings/${org}/settings`)}>Settings</MenuItem>
        <MenuItem onSelect={() => void navigate(`/account-settings/${org}/users`)}>Users</MenuItem>
        <MenuItem onSelect={() => void navigate(`/account-settings/${org}/teams`)}>Teams</MenuItem>
        {user ? <MenuItem onSelect={() => void navigate('/settings')}>User settings</MenuItem> : null}
        {orgs.length > 1 ? (
          // W&B: people in several orgs pick where API calls that name no org go.
          <>
            <MenuSeparator />
            <MenuLabel>Default API organization</MenuLabel>
            {orgs.map((o) => (
              <MenuItem
                key={o.id}
                onSelect={() => {
                  if (o.id !== user?.defaultOrgId) setDefaultOrg.mutate(o.id);
                }}
              >
                {o.name}
                {o.id === user?.defaultOrgId ? ' (default)' : ''}
              </MenuItem>
            ))}
          </>
        ) : null}
        {onViewAs || onDemoPanel ? (
          <>
            <MenuSeparator />
            <MenuLabel>{onDemoPanel ? 'Demo' : 'Admin'}</MenuLabel>
            {onViewAs ? <MenuItem onSelect={onViewAs}>View as…</MenuItem> : null}
            {onDemoPanel ? <MenuItem onSelect={onDemoPanel}>Demo panel…</MenuItem> : null}
          </>
        ) : null}
        {onSignOut ? (
          <>
            <MenuSeparator />
            <MenuItem onSelect={onSignOut}>Sign out</MenuItem>
          </>
        ) : null}
      </MenuContent>
    </MenuRoot>
  );
}
