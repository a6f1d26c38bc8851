// Dedicated / Self-managed domain capture (ADR 0025): the address W&B's SaaS shows a sign-up from one of
// the instance's domains, to request access here. Set in a dialog (a checked email), or removed.
import { useState } from 'react';
import { accessContactFormSchema, type OrgSettings } from '../../../api/org-settings';
import { Button } from '../../../components/ui/button';
import { Guarded } from '../../../components/ui/guarded';
import { useToast } from '../../../components/ui/toast';
import { errorMessage } from '../../../lib/errors';
import { useChangeOrgSettings } from '../api/update-org-settings';
import { SingleFieldDialog } from './single-field-dialog';
import { ReasonNote, SettingsSection } from './settings-section';

function AccessContactDialog({
  org,
  current,
  onClose,
}: {
  org: string;
  current: string;
  onClose: () => void;
}) {
  const save = useChangeOrgSettings(org, 'accessContact');
  const toast = useToast();
  return (
    <SingleFieldDialog
      title="Access contact"
      description="Whom people who sign up on W&B's SaaS with your company email are told to contact."
      id="access-contact"
      schema={accessContactFormSchema}
      values={{ email: current }}
      field={{ name: 'email', label: 'Contact email', type: 'email', autoComplete: 'email', maxLength: 254 }}
      saveLabel="Save contact"
      busy={save.isPending}
      onSave={async ({ email }) => {
        const saved = await save.mutateAsync({ email });
        toast({ title: `Access contact: ${saved.general.accessContact ?? 'none'}` });
      }}
      onClose={onClose}
    />
  );
}

export function AccessContact({ org, settings }: { org: string; settings: OrgSettings }) {
  const [editing, setEditing] = useState(false);
  const remove = useChangeOrgSettings(org, 'accessContact');
  const toast = useToast();
  const can = settings.viewer.canSetAccessContact;
  const contact = settings.general.accessContact;
  const domains = settings.general.domains.map((d) => d.domain).join(', ') || 'your domains';
  const explain = { org: true, permission: 'organization:update_settings' } as const;
  return (
    <SettingsSection
      title="Access contact"
      description={`People who sign up on W&B's Multi-tenant Cloud with an address at ${domains} are told to contact this address to request access to this instance (they may still create their own trial org there).`}
      action={
        <Guarded decision={can} explain={explain}>
          <Button disabled={!can.allowed} onClick={() => setEditing(true)}>
            {contact ? 'Change contact' : 'Set contact'}
          </Button>
        </Guarded>
      }
    >
      <div className="row">
        <p className="settings-value">{contact ?? <span className="muted">Not set</span>}</p>
        {contact ? (
          <Guarded decision={can} explain={explain} why={false}>
            <Button
              size="sm"
              disabled={!can.allowed || remove.isPending}
              onClick={() =>
                remove.mutate(
                  { email: null },
                  {
                    onSuccess: () => toast({ title: 'Access contact removed' }),
                    onError: (error) => toast({ title: errorMessage(error), tone: 'danger' }),
                  },
                )
              }
            >
              Remove contact
            </Button>
          </Guarded>
        ) : null}
      </div>
      <ReasonNote decision={can} />
      {editing ? (
        <AccessContactDialog org={org} current={contact ?? ''} onClose={() => setEditing(false)} />
      ) : null}
    </SettingsSection>
  );
}
