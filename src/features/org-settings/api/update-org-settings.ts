// Every change on the Org settings page. Each answers the fresh settings, which replace the cached ones.
import { apiRequest } from '../../../api/client';
import { orgSettingsSchema, type EnforceableSetting, type OrgSettings } from '../../../api/org-settings';
import { confirmData, useConfirmedMutation } from '../../../lib/confirmed-mutation';
import { queryKeys } from '../../../lib/query-keys';
import { refreshWorld } from '../../../lib/query-scopes';
import { settingsPath } from './get-org-settings';

interface Inputs {
  rename: { name: string };
  claimDomain: { domain: string; teamId: string | null };
  releaseDomain: { domain: string };
  defaultTeam: { teamId: string | null };
  billingAdmin: { userId: string };
  enforcement: { setting: EnforceableSetting; value: boolean | null };
  ssoProvisioning: { enabled: boolean };
  accessContact: { email: string | null };
}
type Kind = keyof Inputs;
type Request = { method: 'PUT' | 'POST' | 'DELETE'; path: string; body?: unknown };

const REQUESTS: { [K in Kind]: (input: Inputs[K]) => Request } = {
  rename: (body) => ({ method: 'PUT', path: '/name', body }),
  claimDomain: (body) => ({ method: 'POST', path: '/domains', body }),
  releaseDomain: ({ domain }) => ({ method: 'DELETE', path: `/domains/${encodeURIComponent(domain)}` }),
  defaultTeam: (body) => ({ method: 'PUT', path: '/default-team', body }),
  billingAdmin: (body) => ({ method: 'PUT', path: '/billing-admin', body }),
  enforcement: (body) => ({ method: 'PUT', path: '/enforcements', body }),
  ssoProvisioning: (body) => ({ method: 'PUT', path: '/sso-provisioning', body }),
  accessContact: (body) => ({ method: 'PUT', path: '/access-contact', body }),
};

/**
 * The answer is the whole fresh settings: it replaces the cached ones at once (instant-save.ts), so a
 * control is free as soon as the server has answered, and a refresh that fails cannot undo it.
 */
export function useChangeOrgSettings<K extends Kind>(org: string, kind: K) {
  const fresh = queryKeys.org.settings.detail(org);
  return useConfirmedMutation({
    mutationFn: (input: Inputs[K]) => {
      const { method, path, body } = REQUESTS[kind](input);
      return apiRequest(settingsPath(org, path), orgSettingsSchema, { method, body });
    },
    confirm: (queryClient, settings) => confirmData<OrgSettings>(queryClient, fresh, () => settings),
    // Everything else may show what changed: the header (session) the org name, the Users page the
    // billing admin, team settings their locks. Only the answer just stored is fresh.
    refresh: (queryClient) => refreshWorld(queryClient, { except: fresh }),
    recheck: (queryClient) => queryClient.invalidateQueries({ queryKey: fresh, exact: true }),
  });
}
