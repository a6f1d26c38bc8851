// What the Users page shows of invites, drawn by the invites feature and handed in by src/app
// (features do not import each other): the header's invite buttons and an invite row's menu.
import type { ComponentType } from 'react';
import type { UserRow, UsersPage } from '../../../api/users';

export interface InviteSlots {
  Buttons: ComponentType<{ org: string; page: UsersPage }>;
  RowMenu: ComponentType<{ org: string; row: UserRow }>;
}
