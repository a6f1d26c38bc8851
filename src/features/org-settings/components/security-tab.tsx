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
  const change = useChangeOrgSettings(org, 'ssoProvisioning');
  const instant = useInstantSave<boolean>();
  const toast = useToast();
  const on = settings.security.ssoProvisioning;
  // The switch shows the value on its way while saving, else the confirmed one (instant-save.ts);
  // the status badge says only what is confirmed.
  const shown = instant.state('sso', on);
  const can = settings.viewer.canSetSsoProvisioning;
  const name = settings.org.name;
  const save = async (enabled: boolean) => {
    const saved = await instant.save('sso', enabled, () => change.mutateAsync({ enabled }));
    if (saved.ok) toast({ title: `SSO auto-provisioning turned ${enabled ? 'on' : 'off'}` });
  };
  const explain = `When on, people who sign in through SSO for the first time join ${name} as Members, without an invite.`;
  return (
    <SettingsSection
      title="SSO auto-provisioning"
      // Self-managed says what on and off mean in its status line.
      description={settings.org.deployment === 'self-managed' ? undefined : explain}
      action={
        // Self-managed states it in words beside its buttons (SsoProvisioningButtons).
        settings.org.deployment === 'self-managed' ? undefined : (
          <Badge tone={on ? 'success' : 'neutral'}>{on ? 'On' : 'Off'}</Badge>
        )
      }
    >
      {settings.org.deployment === 'self-managed' ? (
        <SsoProvisioningButtons org={org} settings={settings} />
      ) : (
        <Switch
          label="Auto-provision users on their first SSO sign-in"
          description={
            settings.org.deployment === 'dedicated'
              ? 'On by default on Dedicated Cloud.'
              : 'Multi-tenant Cloud: SSO with your identity provider is part of the Enterprise plan.'
          }
          checked={shown.value}
          decision={can}
          explain={{ org: true, permission: 'organization:update_settings' }}
          saving={shown.saving}
          failure={shown.failure}
          onChange={(enabled) => void save(enabled)}
        />
      )}
    </SettingsSection>
  );
}
