// Billing: who the billing admin is, and Change billing user (org admins only; Admins or Members).
import { useState } from 'react';
import { ORG_ROLE_LABELS } from '../../../api/role-labels';
import type { OrgSettings } from '../../../api/org-settings';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Guarded } from '../../../components/ui/guarded';
import { Person } from '../../../components/ui/person';
import { ChangeBillingDialog } from './change-billing-dialog';
import { ReasonNote, SettingsSection } from './settings-section';

export function BillingTab({ org, settings }: { org: string; settings: OrgSettings }) {
  const [changing, setChanging] = useState(false);
  const can = settings.viewer.canChangeBillingUser;
  const admin = settings.billing.billingAdmin;
  return (
    <SettingsSection
      title="Billing admin"
      description="One person receives invoices and manages the plan and payment. Any Admin or Member may hold it; org Viewers may not."
      action={
        <Guarded decision={can} explain={{ org: true, permission: 'organization:assign_billing_admin' }}>
          <Button disabled={!can.allowed} onClick={() => setChanging(true)}>
            Change billing user
          </Button>
        </Guarded>
      }
    >
      {admin ? (
        <Person
          id={admin.id}
          name={admin.name}
          detail={admin.email}
          badges={<Badge tone="neutral">{ORG_ROLE_LABELS[admin.orgRole]}</Badge>}
        />
      ) : (
        <p className="muted">Nobody is the billing admin. Choose one with Change billing user.</p>
      )}
      <ReasonNote decision={can} />
      {changing ? (
        <ChangeBillingDialog org={org} currentId={admin?.id ?? null} onClose={() => setChanging(false)} />
      ) : null}
    </SettingsSection>
  );
}
