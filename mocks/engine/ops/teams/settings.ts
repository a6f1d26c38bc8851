// Team settings (§5): the defaults a new team starts with, and which changes the org's enforcement
// or deployment forbids.
import type { Decision } from '../../decision';
import type { EnforceableSetting, Org, Team, TeamSettings } from '../../model';
import { conflict, forbidden } from '../../reason';

export const DEFAULT_TEAM_SETTINGS: TeamSettings = {
  hidden: false,
  futureProjectsPrivate: false,
  membersCanInvite: false,
  noPublicReportsInPrivateProjects: false,
  recommendForDomainSignups: false,
  codeSavingByDefault: false,
  autoAddNewUsers: false,
};

const LOCKED_SETTING_TEXT = "This setting is locked because it's enforced org-wide";
const ENFORCEABLE: ReadonlySet<keyof TeamSettings> = new Set<EnforceableSetting>([
  'hidden',
  'futureProjectsPrivate',
  'membersCanInvite',
  'noPublicReportsInPrivateProjects',
  'codeSavingByDefault',
]);

export function settingsRules(org: Org, team: Team, settings: Partial<TeamSettings>): Decision | null {
  for (const [key, value] of Object.entries(settings) as [keyof TeamSettings, boolean | undefined][]) {
    if (value === undefined) continue;
    const enforced = ENFORCEABLE.has(key) ? org.enforcements[key as EnforceableSetting] : undefined;
    if (enforced !== undefined && enforced !== value) return forbidden('guard', LOCKED_SETTING_TEXT);
    if (key === 'recommendForDomainSignups' && value !== team.settings[key] && org.deployment !== 'saas') {
      return forbidden(
        'plan',
        'Recommending teams to new users by email domain is available only on Multi-tenant Cloud (SaaS)',
      );
    }
    if (key === 'recommendForDomainSignups' && !value && org.defaultTeamId === team.id) {
      return conflict(
        `Team ${team.name} is the default team for new sign-ups; choose another default team first`,
      );
    }
  }
  return null;
}
