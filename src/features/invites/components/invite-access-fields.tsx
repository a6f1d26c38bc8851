// Role, Models seat and teams of an invite, shared by the invite and edit dialogs. Every option comes
// from the server with the engine's decision: refused ones are disabled and say why.
import { useEffect, useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { OrgRole, Seat } from '../../../api/common';
import type { InviteOptions } from '../../../api/invites';
import { Select } from '../../../components/ui/select';
import { firstAllowed, toSelectOptions, type AccessValues } from './invite-form-schema';
import { InviteTeamsField } from './invite-teams-field';

const ROLE_BLURBS: Record<OrgRole, string> = {
  admin: 'Manages users, teams and settings',
  member: 'Works in their teams',
  viewer: 'Read-only across the org',
};

export function InviteAccessFields({
  options,
  editing = false,
}: {
  options: InviteOptions;
  editing?: boolean;
}) {
  const { setValue, formState } = useFormContext<AccessValues>();
  const orgRole = useWatch<AccessValues, 'orgRole'>({ name: 'orgRole' });
  const modelsSeat = useWatch<AccessValues, 'modelsSeat'>({ name: 'modelsSeat' });
  const seats = useMemo(
    () => options.roles.find((r) => r.value === orgRole)?.seats ?? [],
    [options, orgRole],
  );

  // A new role may rule out the chosen seat: move to the first seat the server allows for it.
  useEffect(() => {
    const current = seats.find((s) => s.value === modelsSeat);
    if (current && !current.decision.allowed) {
      const next = firstAllowed(seats);
      if (next) setValue('modelsSeat', next as Seat, { shouldValidate: true, shouldDirty: true });
    }
  }, [seats, modelsSeat, setValue]);

  const seatLeft = options.fullSeats;
  const seatError = formState.errors.modelsSeat?.message;
  const roleError = formState.errors.orgRole?.message;
  return (
    <>
      <div className="field-group">
        <div>
          <Select
            label="Select role"
            value={orgRole}
            options={toSelectOptions(options.roles, (v) => ROLE_BLURBS[v as OrgRole])}
            onChange={(v) => setValue('orgRole', v as OrgRole, { shouldValidate: true, shouldDirty: true })}
          />
          {roleError ? <span className="field-error field-message">{roleError}</span> : null}
        </div>
        <div>
          <Select
            label="Models seat"
            value={modelsSeat}
            options={toSelectOptions(seats, (v) =>
              v === 'full' && seatLeft
                ? `${seatLeft.left} Full seat${seatLeft.left === 1 ? '' : 's'} left`
                : undefined,
            )}
            onChange={(v) => setValue('modelsSeat', v as Seat, { shouldValidate: true, shouldDirty: true })}
          />
          {seatError ? (
            <span className="field-error field-message">{seatError}</span>
          ) : seatLeft ? (
            <span className="seat-usage field-message">
              {`Full seats: ${seatLeft.used} of ${seatLeft.limit} in use, counting pending invites${editing ? ' other than this one' : ''} (${seatLeft.left} left)`}
            </span>
          ) : null}
        </div>
      </div>
      <InviteTeamsField teams={options.teams} roleOptions={options.teamRoles[orgRole] ?? []} />
    </>
  );
}
