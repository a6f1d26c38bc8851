// Per-row controls of the Users table. Invite rows get the invite menu (invite-slots.ts).
import type { UserRow } from '../../../api/users';
import type { InviteSlots } from './invite-slots';
import { MemberRowMenu } from './member-row-menu';

export function RowActions({
  row,
  org,
  orgName,
  invites,
}: {
  row: UserRow;
  org: string;
  orgName: string;
  invites: InviteSlots;
}) {
  if (row.kind === 'invite') return <invites.RowMenu row={row} org={org} />;
  return <MemberRowMenu row={row} org={org} orgName={orgName} />;
}
