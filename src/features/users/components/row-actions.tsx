// Per-row controls of the Users table. Invite rows get the invite menu.
import type { UserRow } from '../../../api/users';
import { InviteRowMenu } from './invite-row-menu';

export function RowActions({ row, org }: { row: UserRow; org: string }) {
  if (row.kind === 'invite') return <InviteRowMenu row={row} org={org} />;
  return null;
}
