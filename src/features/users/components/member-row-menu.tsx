// The `…` menu of a member row: Explain access (the access drawer for this person), and Remove member,
// disabled with the server's reason when refused.
import { useState } from 'react';
import type { UserRow } from '../../../api/users';
import { GuardedMenuItem, MenuItem, RowMenu } from '../../../components/ui/menu';
import { useAccessDrawer } from '../../../lib/explain-link';
import { RemoveMemberDialog } from './remove-member-dialog';

export function MemberRowMenu({ row, org, orgName }: { row: UserRow; org: string; orgName: string }) {
  const [removing, setRemoving] = useState(false);
  const openDrawer = useAccessDrawer();
  const remove = row.controls?.remove;
  if (!remove) return null;
  return (
    <>
      <RowMenu label={`Actions for ${row.name}`}>
        {openDrawer ? (
          <MenuItem onSelect={() => openDrawer({ kind: 'person', user: row.id, name: row.name })}>
            Explain access…
          </MenuItem>
        ) : null}
        <GuardedMenuItem decision={remove} danger onSelect={() => setRemoving(true)}>
          Remove member
        </GuardedMenuItem>
      </RowMenu>
      {removing ? (
        <RemoveMemberDialog row={row} org={org} orgName={orgName} onClose={() => setRemoving(false)} />
      ) : null}
    </>
  );
}
