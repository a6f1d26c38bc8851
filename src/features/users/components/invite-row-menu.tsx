// The `…` menu of a pending or expired invite row.
import type { UserRow } from '../../../api/users';

export function InviteRowMenu(_props: { row: UserRow; org: string }) {
  return null;
}
