// /account-settings/:org/settings — the Org settings page: General, Billing, Privacy and Security tabs,
// the tab kept in the URL (?tab=privacy). Every control is rendered from the server's `viewer` decisions.
import * as RadixTabs from '@radix-ui/react-tabs';
import type { Decision } from '../../../api/common';
import { settingsQuerySchema, SETTINGS_TABS, type SettingsTab } from '../../../api/org-settings';
import { ErrorState, RefreshFailed, Skeleton } from '../../../components/ui/states';
import { useUrlState } from '../../../lib/url-state';
import { useOrgSettings } from '../api/get-org-settings';
import { BillingTab } from './billing-tab';
import { GeneralTab } from './general-tab';
import { PrivacyTab } from './privacy-tab';
import { SecurityTab } from './security-tab';
import { PageReason } from './settings-section';
import '../org-settings.css';
import { isRefusal } from '../../../lib/errors';
import { PageHeader } from '../../../components/ui/page-header';
import { ReadOnlyNote } from '../../../components/ui/read-only-note';
import { orgPageIntro } from '../../../lib/page-intros';

const DEFAULTS = { tab: 'general' } as const;
const LABELS: Record<SettingsTab, string> = {
  general: 'General',
  billing: 'Billing',
  privacy: 'Privacy',
  security: 'Security',
};

export function OrgSettingsPage({
  org,
  orgName,
  expected,
}: {
  org: string;
  orgName: string;
  /** The session's own decision while the settings load, so the read-only note does not pop in. */
  expected?: Decision;
}) {
  const [query, setQuery] = useUrlState(settingsQuerySchema, DEFAULTS);
  const settings = useOrgSettings(org);
  const data = settings.data;
  const canUpdate = data?.viewer.canUpdateSettings ?? expected;
  const readOnly = canUpdate && !canUpdate.allowed ? canUpdate : null;
  return (
    <PageReason.Provider value={readOnly}>
      <div className="page">
        <PageHeader {...orgPageIntro('settings', data?.org.name ?? orgName)} />
        <RefreshFailed query={settings} what="the settings" />
        {readOnly ? (
          <ReadOnlyNote
            refusals={[{ label: 'Change the organization’s settings', decision: readOnly }]}
            explain={{ org: true, permission: 'organization:update_settings' }}
          />
        ) : null}
        {settings.isLoadingError || isRefusal(settings.error) ? (
          <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
        ) : (
          <RadixTabs.Root
            className="tabs"
            value={query.tab}
            onValueChange={(tab) => setQuery({ tab: tab as SettingsTab })}
          >
            <RadixTabs.List className="tabs-list" aria-label="Organization settings">
              {SETTINGS_TABS.map((tab) => (
                <RadixTabs.Trigger key={tab} value={tab} className="tabs-trigger">
                  {LABELS[tab]}
                </RadixTabs.Trigger>
              ))}
            </RadixTabs.List>
            {SETTINGS_TABS.map((tab) => (
              <RadixTabs.Content key={tab} value={tab} className="settings-tabs-content">
                {!data ? (
                  <div aria-busy="true" aria-label="Loading settings" className="stack-sm">
                    <Skeleton height={120} />
                    <Skeleton height={180} />
                  </div>
                ) : tab === 'general' ? (
                  <GeneralTab org={org} settings={data} />
                ) : tab === 'billing' ? (
                  <BillingTab org={org} settings={data} />
                ) : tab === 'privacy' ? (
                  <PrivacyTab org={org} settings={data} />
                ) : (
                  <SecurityTab org={org} settings={data} />
                )}
              </RadixTabs.Content>
            ))}
          </RadixTabs.Root>
        )}
      </div>
    </PageReason.Provider>
  );
}
