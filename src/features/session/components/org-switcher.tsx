// The org switcher in the header, for people in more than one org (or shown an org they are not in):
// each org they belong to with their role there. Picking one shows that org's Users page.
import { useNavigate } from 'react-router';
import type { Session } from '../../../api/session';
import { ORG_ROLE_LABELS } from '../../../api/role-labels';
import { Select } from '../../../components/ui/select';
import { useSwitchOrg } from '../api/set-org';

/** Whether the acting person has another org to switch to. */
export function hasOrgChoice(session: Session): boolean {
  const orgs = session.actingUser?.orgs ?? [];
  return orgs.some((o) => o.id !== session.org.id);
}

export function OrgSwitcher({ session }: { session: Session }) {
  const navigate = useNavigate();
  const switchOrg = useSwitchOrg();
  const orgs = session.actingUser?.orgs ?? [];
  const shownIsMine = orgs.some((o) => o.id === session.org.id);
  const options = [
    ...(shownIsMine ? [] : [{ value: session.org.id, label: session.org.name, description: 'Not a member' }]),
    ...orgs.map((o) => ({ value: o.id, label: o.name, description: ORG_ROLE_LABELS[o.orgRole] })),
  ];
  return (
    <Select
      label="Organization"
      hideLabel
      size="sm"
      value={session.org.id}
      options={options}
      saving={switchOrg.isPending}
      // Awaited here, not in mutate's callbacks: the switcher may unmount once the org changes (a person
      // with one org has nothing left to switch to), and the page must still follow.
      onChange={(orgId) =>
        void switchOrg
          .mutateAsync(orgId)
          .then((next) => navigate(`/account-settings/${next.org.slug}/users`))
          .catch(() => undefined)
      }
    />
  );
}
