// /account-settings/:org/users — the Users page, with the invites feature drawing the invite controls.
import { InviteButtons } from '../../features/invites/components/invite-buttons';
import { InviteRowMenu } from '../../features/invites/components/invite-row-menu';
import type { InviteSlots } from '../../features/users/components/invite-slots';
import { useOutletContext } from 'react-router';
import type { Session } from '../../api/session';
import { UsersPage } from '../../features/users/components/users-page';
import { useOrgParam } from './use-org-param';

// The Users page lists invites among its people; the invites feature draws their controls.
const INVITES: InviteSlots = { Buttons: InviteButtons, RowMenu: InviteRowMenu };

export function UsersRoute() {
  const { org, orgName } = useOrgParam();
  const session = useOutletContext<Session>();
  // The session's own decisions for its org (the same ones the list answers with).
  const expected =
    org === session.org.slug
      ? { canInvite: session.can.inviteUsers, canUpdateMembers: session.can.updateMembers }
      : undefined;
  return <UsersPage key={org} org={org} orgName={orgName} invites={INVITES} expected={expected} />;
}
