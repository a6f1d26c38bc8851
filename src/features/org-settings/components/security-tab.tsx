// Security: SSO auto-provisioning as each deployment has it (access-model §1): Self-managed admins may
// Disable SSO Provisioning (and Enable it again); Dedicated shows it on, read-only; SaaS needs Enterprise
// for SSO at all.
import type { OrgSettings } from '../../../api/org-settings';
import { Badge } from '../../../components/ui/badge';
import { useInstantSave } from '../../../components/ui/instant-save';
import { Switch } from '../../../components/ui/switch';
import { useToast } from '../../../components/ui/toast';
import { useChangeOrgSettings } from '../api/update-org-settings';
import { SettingsSection } from './settings-section';
import { SsoProvisioningButtons } from './sso-provisioning-buttons';

export function SecurityTab({ org, settings }: { org: string; settings: OrgSettings }) {
  // Self-managed has W&B's Disable / Enable buttons, with the status in words (no badge, no switch).
  if (settings.org.deployment === 'self-managed')
    return (
      <SettingsSection title="SSO auto-provisioning">
        <SsoProvisioningButtons org={org} settings={settings} />
      </SettingsSection>
    );
  return <ProvisioningSwitch org={org} settings={settings} />;
}

/** Dedicated and Multi-tenant Cloud: a switch, and a badge of the confirmed status. */
function ProvisioningSwitch({ org, settings }: { org: string; settings: OrgSettings }) {
  const change = useChangeOrgSettings(org, 'ssoProvisioning');
  const instant = useInstantSave<boolean>();
  const toast = useToast();
  const on = settings.security.ssoProvisioning;
  // The switch shows the value on its way while saving, else the confirmed one (instant-save.ts);
  // the status badge says only what is confirmed.
  const shown = instant.state('sso', on);
  const save = async (enabled: boolean) => {
    const saved = await instant.save('sso', enabled, () => change.mutateAsync({ enabled }));
    if (saved.ok) toast({ title: `SSO auto-provisioning turned ${enabled ? 'on' : 'off'}` });
  };
  return (
    <SettingsSection
      title="SSO auto-provisioning"
      description={`When on, people who sign in through SSO for the first time join ${settings.org.name} as Members, without an invite.`}
      action={<Badge tone={on ? 'success' : 'neutral'}>{on ? 'On' : 'Off'}</Badge>}
    >
      <Switch
        label="Auto-provision users on their first SSO sign-in"
        description={
          settings.org.deployment === 'dedicated'
            ? 'On by default on Dedicated Cloud.'
            : 'Multi-tenant Cloud: SSO with your identity provider is part of the Enterprise plan.'
        }
        checked={shown.value}
        decision={settings.viewer.canSetSsoProvisioning}
        explain={{ org: true, permission: 'organization:update_settings' }}
        saving={shown.saving}
        failure={shown.failure}
        onChange={(enabled) => void save(enabled)}
      />
    </SettingsSection>
  );
}
