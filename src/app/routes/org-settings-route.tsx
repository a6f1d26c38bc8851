// /account-settings/:org/settings — the Org settings page for the org of the URL.
import { useOutletContext, useParams } from 'react-router';
import type { Session } from '../../api/session';
import { OrgSettingsPage } from '../../features/org-settings/components/org-settings-page';

export function OrgSettingsRoute() {
  const session = useOutletContext<Session>();
  const org = useParams().org ?? session.org.slug;
  const home = org === session.org.slug;
  return (
    <OrgSettingsPage
      key={org}
      org={org}
      orgName={home ? session.org.name : org}
      // The session's own decision for its org (the same one the settings answer with).
      expected={home ? session.can.updateSettings : undefined}
    />
  );
}
