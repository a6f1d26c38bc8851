// W&B's "User menu" (top right): who you are, the Account links, View as and the demo panel.
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
}: {
  session: Session;
  onViewAs: () => void;
  onDemoPanel: () => void;
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
        <MenuSeparator />
        <MenuLabel>Demo</MenuLabel>
        <MenuItem onSelect={onViewAs}>View as…</MenuItem>
        <MenuItem onSelect={onDemoPanel}>Demo panel…</MenuItem>
      </MenuContent>
    </MenuRoot>
  );
}
