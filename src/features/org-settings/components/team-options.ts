// Default-team choices: teams that recommend themselves to matching domains; the others disabled with
// the engine's reason. '__none__' stands for "no default team" (Radix items cannot have an empty value).
import type { OrgSettings } from '../../../api/org-settings';
import type { SelectOption } from '../../../components/ui/select';

export const NO_TEAM = '__none__';

export function teamOptions(settings: OrgSettings): SelectOption[] {
  return [
    { value: NO_TEAM, label: 'No default team' },
    ...settings.general.teamOptions.map((t) => ({
      value: t.id,
      label: t.name,
      refusal: t.canChoose,
    })),
  ];
}

/** What to do when no team may be chosen: W&B's answer is the team's privacy settings. */
export const NO_ELIGIBLE_TEAM_HINT =
  'No team can be the default yet. In a team’s settings, under Privacy, turn on “Recommend new users with matching email domains join this team upon signing up”, then choose it here.';

export const hasEligibleTeam = (settings: OrgSettings): boolean =>
  settings.general.teamOptions.some((t) => t.canChoose.allowed);
