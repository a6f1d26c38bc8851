// Self-managed (W&B Server): W&B's own control for SSO auto-provisioning, a "Disable SSO Provisioning"
// button with a confirm and "Enable" to turn it back on, under the status in words (issue 15: an "On"
// badge beside a "Disable …" switch in its off position read as a double negative).
import { useRef, useState } from 'react';
import type { OrgSettings } from '../../../api/org-settings';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { Guarded } from '../../../components/ui/guarded';
import { useToast } from '../../../components/ui/toast';
import { useChangeOrgSettings } from '../api/update-org-settings';

export function SsoProvisioningButtons({ org, settings }: { org: string; settings: OrgSettings }) {
  const change = useChangeOrgSettings(org, 'ssoProvisioning');
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  // One button whose label follows the status: after a change the focus stays where it was.
  const button = useRef<HTMLButtonElement>(null);
  const on = settings.security.ssoProvisioning;
  const can = settings.viewer.canSetSsoProvisioning;
  const name = settings.org.name;
  const save = (enabled: boolean) =>
    change.mutate(
      { enabled },
      {
        onSuccess: () => {
          setConfirming(false);
          toast({ title: `SSO auto-provisioning turned ${enabled ? 'on' : 'off'}` });
        },
      },
    );
  return (
    <div className="stack-sm">
      <p role="status" aria-label="SSO provisioning status">
        {on ? (
          <>
            <strong>SSO provisioning is on.</strong> People who sign in through SSO for the first time join{' '}
            {name} as Members.
          </>
        ) : (
          <>
            <strong>SSO provisioning is off.</strong> People who sign in through SSO for the first time are
            not added to {name}; an admin adds them.
          </>
        )}
      </p>
      <div>
        <Guarded decision={can} explain={{ org: true, permission: 'organization:update_settings' }}>
          <Button
            ref={button}
            variant={on ? 'danger' : 'primary'}
            disabled={!can.allowed}
            // Busy, not disabled, while saving: a disabled button would drop the focus to the page.
            aria-disabled={change.isPending || undefined}
            aria-busy={change.isPending || undefined}
            onClick={() => {
              if (change.isPending) return;
              if (on) setConfirming(true);
              else save(true);
            }}
          >
            {on ? 'Disable SSO Provisioning' : 'Enable'}
            {on ? null : <span className="visually-hidden"> SSO Provisioning</span>}
          </Button>
        </Guarded>
      </div>
      {!on && change.error && !confirming ? (
        <p className="form-error" role="alert">
          {change.error.message}
        </p>
      ) : null}
      <ConfirmDialog
        open={confirming}
        onOpenChange={(open) => {
          setConfirming(open);
          if (!open) change.reset();
        }}
        title="Disable SSO Provisioning?"
        description={`People who sign in through SSO for the first time will no longer join ${name} on their own; an admin adds them. Everyone already in ${name} stays.`}
        confirmLabel="Disable SSO Provisioning"
        busy={change.isPending}
        error={change.error?.message}
        onConfirm={() => save(false)}
        returnFocus={() => button.current}
      />
    </div>
  );
}
