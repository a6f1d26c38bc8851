// The Users page header's invite entry points.
import type { UsersPage } from '../../../api/users';

export function InviteButtons(_props: { org: string; page: UsersPage }) {
  return null;
}
