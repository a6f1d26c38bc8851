// The `…` menu of a member row: Explain access (the Access page for this person), and Remove member,
// disabled with the server's reason when refused.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { UserRow } from '../../../api/users';
import { reasonText } from '../../../components/ui/guarded';
import { MenuContent, MenuItem, MenuRoot, MenuTrigger } from '../../../components/ui/menu';
import { RemoveMemberDialog } from './remove-member-dialog';

export function MemberRowMenu({ row, org, orgName }: { row: UserRow; org: string; orgName: string }) {
  const [removing, setRemoving] = useState(false);
  const navigate = useNavigate();
  const remove = row.controls?.remove;
  if (!remove) return null;
  return (
    <>
      <MenuRoot>
        <MenuTrigger className="btn btn-ghost btn-sm row-menu-trigger" aria-label={`Actions for ${row.name}`}>
          <span aria-hidden="true">…</span>
        </MenuTrigger>
        <MenuContent label={`Actions for ${row.name}`}>
          <MenuItem
            onSelect={() =>
              void navigate(`/account-settings/${org}/access?user=${encodeURIComponent(row.id)}`)
            }
          >
            Explain access…
          </MenuItem>
          <MenuItem disabled={!remove.allowed} onSelect={() => setRemoving(true)}>
            <span className="menu-item-stack">
              <span className={remove.allowed ? 'danger-text' : undefined}>Remove member</span>
              {remove.allowed ? null : <span className="menu-item-reason">{reasonText(remove)}</span>}
            </span>
          </MenuItem>
        </MenuContent>
      </MenuRoot>
      {removing ? (
        <RemoveMemberDialog row={row} org={org} orgName={orgName} onClose={() => setRemoving(false)} />
      ) : null}
    </>
  );
}
