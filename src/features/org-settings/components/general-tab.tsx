// General: the organization's name (Change name) and Domain capture.
import { useState } from 'react';
import type { OrgSettings } from '../../../api/org-settings';
import { Button } from '../../../components/ui/button';
import { Guarded } from '../../../components/ui/guarded';
import { ChangeNameDialog } from './change-name-dialog';
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
      {renaming ? (
        <ChangeNameDialog org={org} current={settings.org.name} onClose={() => setRenaming(false)} />
      ) : null}
    </>
  );
}
