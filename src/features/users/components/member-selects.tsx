// The Org role, Models seat and Weave access cells. Admins get compact dropdowns whose refused options
// are disabled with the server's reason; everyone else sees the plain value.
import { orgRoleSchema, seatSchema, type Decision } from '../../../api/common';
import { ORG_ROLE_LABELS, SEAT_LABELS } from '../../../api/role-labels';
import type { UserRow } from '../../../api/users';
import { Badge } from '../../../components/ui/badge';
import { Select, type SelectOption } from '../../../components/ui/select';
import { memberControlId, useMemberChange } from './member-change';
import { controlLabel } from './member-change-text';

function optionsOf(labels: Record<string, string>, decisions: Record<string, Decision>): SelectOption[] {
  return Object.entries(labels).map(([value, label]) => {
    const decision = decisions[value];
    return decision ? { value, label, refusal: decision } : { value, label };
  });
}

export function RoleCell({ row }: { row: UserRow }) {
  const { change, stateOf, rowBusy } = useMemberChange();
  const billing = row.isBillingAdmin ? <Badge tone="info">Billing admin</Badge> : null;
  if (!row.controls)
    return (
      <span className="chips">
        <Badge tone={row.orgRole === 'admin' ? 'accent' : 'neutral'}>{ORG_ROLE_LABELS[row.orgRole]}</Badge>
        {billing}
      </span>
    );
  const shown = stateOf(row, 'orgRole');
  return (
    <span className="chips cell-control">
      <Select
        label={controlLabel('orgRole', row.name)}
        id={memberControlId(row.id, 'orgRole')}
        hideLabel
        size="sm"
        value={shown.value}
        saving={shown.saving}
        // The select being saved stays focusable (it is busy, not disabled): focus stays on it.
        disabled={rowBusy(row) && !shown.saving}
        failure={shown.failure}
        options={optionsOf(ORG_ROLE_LABELS, row.controls.orgRole)}
        onChange={(v) => {
          const role = orgRoleSchema.safeParse(v);
          if (role.success && role.data !== row.orgRole) change(row, { orgRole: role.data });
        }}
      />
      {billing}
    </span>
  );
}

export function SeatCell({ row, field }: { row: UserRow; field: 'modelsSeat' | 'weaveAccess' }) {
  const { change, stateOf, rowBusy } = useMemberChange();
  if (!row.controls) return <>{SEAT_LABELS[row[field]]}</>;
  const shown = stateOf(row, field);
  return (
    <span className="cell-control">
      <Select
        label={controlLabel(field, row.name)}
        id={memberControlId(row.id, field)}
        hideLabel
        size="sm"
        value={shown.value}
        saving={shown.saving}
        // The select being saved stays focusable (it is busy, not disabled): focus stays on it.
        disabled={rowBusy(row) && !shown.saving}
        failure={shown.failure}
        options={optionsOf(SEAT_LABELS, row.controls[field])}
        onChange={(v) => {
          const seat = seatSchema.safeParse(v);
          if (seat.success && seat.data !== row[field]) change(row, { [field]: seat.data });
        }}
      />
    </span>
  );
}
