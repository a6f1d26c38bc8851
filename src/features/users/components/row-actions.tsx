// Per-row controls of the Users table. Invite rows get the invite menu.
import type { UserRow } from '../../../api/users';
import { InviteRowMenu } from './invite-row-menu';
import { MemberRowMenu } from './member-row-menu';

export function RowActions({ row, org, orgName }: { row: UserRow; org: string; orgName: string }) {
  if (row.kind === 'invite') return <InviteRowMenu row={row} org={org} />;
  return <MemberRowMenu row={row} org={org} orgName={orgName} />;
}
