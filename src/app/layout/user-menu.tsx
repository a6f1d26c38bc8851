// W&B's "User menu" (top right): who you are, the Account links, View as and the demo panel.
import { useNavigate } from 'react-router';
import type { Session } from '../../api/session';
import { ORG_ROLE_LABELS } from '../../api/role-labels';
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
}: {
  session: Session;
  onViewAs: () => void;
  onDemoPanel: () => void;
}) {
  const navigate = useNavigate();
  const user = session.actingUser;
  const org = session.org.slug;
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
        <MenuSeparator />
        <MenuLabel>Demo</MenuLabel>
        <MenuItem onSelect={onViewAs}>View as…</MenuItem>
        <MenuItem onSelect={onDemoPanel}>Demo panel…</MenuItem>
      </MenuContent>
    </MenuRoot>
  );
}
