// "Choose teams": the org's teams, each with the team role the invitee gets on joining. The team
// roles offered follow the chosen org role (e.g. an org Viewer can only be View-Only).
import { useEffect, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { InviteOption, InviteOptions, InviteTeam } from '../../../api/invites';
import { Checkbox } from '../../../components/ui/checkbox';
import { Select } from '../../../components/ui/select';
import { firstAllowed, toSelectOptions, type AccessValues } from './invite-form-schema';
import { SearchField } from '../../../components/ui/search-field';

export function InviteTeamsField({
  teams,
  roleOptions,
}: {
  teams: InviteOptions['teams'];
  roleOptions: InviteOption[];
}) {
  const { setValue, formState } = useFormContext<AccessValues>();
  const chosen = useWatch<AccessValues, 'teams'>({ name: 'teams' });
  const [filter, setFilter] = useState('');
  const set = (next: InviteTeam[]) => setValue('teams', next, { shouldValidate: true, shouldDirty: true });
  const fallback = firstAllowed(roleOptions);
  // Member is the usual team role; fall back to whatever the server allows.
  const preferred = roleOptions.some((o) => o.value === 'member' && o.decision.allowed) ? 'member' : fallback;

  // When the org role changes, a chosen team role may no longer be allowed: take the first that is.
  useEffect(() => {
    const allowed = new Set(roleOptions.filter((o) => o.decision.allowed).map((o) => o.value));
    if (chosen.every((t) => allowed.has(t.role))) return;
    const next = chosen
      .map((t) => (allowed.has(t.role) ? t : fallback ? { ...t, role: fallback } : null))
      .filter((t): t is InviteTeam => t !== null);
    setValue('teams', next, { shouldValidate: true, shouldDirty: true });
  }, [roleOptions, chosen, fallback, setValue]);

  const shown = filter ? teams.filter((t) => t.name.includes(filter.trim().toLowerCase())) : teams;
  const error = formState.errors.teams?.message;
  return (
    <fieldset>
      <legend>Choose teams (recommended)</legend>
      {teams.length > 8 ? (
        <SearchField
          label="Filter teams"
          className="invite-teams-filter"
          value={filter}
          onSearch={setFilter}
        />
      ) : null}
      {teams.length === 0 ? (
        <p className="muted small">This organization has no teams yet.</p>
      ) : (
        <div className="invite-teams">
          {shown.map((team) => {
            const pick = chosen.find((t) => t.teamId === team.id);
            return (
              <div key={team.id} className="invite-team">
                <Checkbox
                  label={team.name}
                  checked={!!pick}
                  disabled={!pick && !preferred}
                  onChange={(on) =>
                    set(
                      on && preferred
                        ? [...chosen, { teamId: team.id, role: preferred }]
                        : chosen.filter((t) => t.teamId !== team.id),
                    )
                  }
                />
                {pick ? (
                  <Select
                    label={`Team role in ${team.name}`}
                    hideLabel
                    size="sm"
                    value={pick.role}
                    options={toSelectOptions(roleOptions)}
                    onChange={(role) => set(chosen.map((t) => (t.teamId === team.id ? { ...t, role } : t)))}
                  />
                ) : null}
              </div>
            );
          })}
          {shown.length === 0 ? <p className="muted small invite-team">No team matches “{filter}”.</p> : null}
        </div>
      )}
      {error ? <span className="field-error field-message">{error}</span> : null}
    </fieldset>
  );
}
