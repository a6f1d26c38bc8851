// General: the organization's name (Change name), Domain capture, and (Dedicated / Self-managed) the
// access contact for SaaS sign-ups from its domains.
import { useState } from 'react';
import type { OrgSettings } from '../../../api/org-settings';
import { Button } from '../../../components/ui/button';
import { Guarded } from '../../../components/ui/guarded';
import { ChangeNameDialog } from './change-name-dialog';
import { AccessContact } from './access-contact';
import { DomainCapture } from './domain-capture';
import { ReasonNote, SettingsSection } from './settings-section';

export function GeneralTab({ org, settings }: { org: string; settings: OrgSettings }) {
  const [renaming, setRenaming] = useState(false);
  const can = settings.viewer.canRename;
  return (
    <>
      <SettingsSection
        title="Organization name"
        description="Shown in the header and to everyone in the organization."
        action={
          <Guarded decision={can} explain={{ org: true, permission: 'organization:update_settings' }}>
            <Button disabled={!can.allowed} onClick={() => setRenaming(true)}>
              Change name
            </Button>
          </Guarded>
        }
      >
        <p className="settings-value">{settings.org.name}</p>
        <ReasonNote decision={can} />
      </SettingsSection>
      <DomainCapture org={org} settings={settings} />
      {settings.org.deployment === 'saas' ? null : <AccessContact org={org} settings={settings} />}
      {renaming ? (
        <ChangeNameDialog org={org} current={settings.org.name} onClose={() => setRenaming(false)} />
      ) : null}
    </>
  );
}
