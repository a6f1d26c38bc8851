// Report sharing (§5.1 #4, ADR 0026): a magic link lets anyone who has it view the report. The team
// setting "Turn off public sharing outside the team for reports in private projects" (or the org's
// enforcement of it) refuses new links in Team and Restricted projects and deactivates existing ones
// while it is on; the link is kept, so it works again if the setting is turned off.
import type { Reason } from '../../decision';
import { effectiveSetting, projectLabel } from '../../lookup';
import type { Report, World } from '../../model';
import { deny } from '../../reason';

export const REPORT_SHARING_SETTING =
  'Turn off public sharing outside the team for reports in private projects';

/** Why a report of this project may not be shared outside the team, or null when it may. */
export function magicLinkBlock(world: World, projectId: string): Reason | null {
  const project = world.projects.get(projectId);
  const team = project ? world.teams.get(project.teamId) : undefined;
  if (!project || !team) return deny('input', 'No such project');
  if (project.visibility !== 'team' && project.visibility !== 'restricted') return null;
  if (!effectiveSetting(world, team, 'noPublicReportsInPrivateProjects')) return null;
  const enforced = world.orgs.get(team.orgId)?.enforcements.noPublicReportsInPrivateProjects === true;
  const where = `${projectLabel(world, project)} is a private (${project.visibility === 'team' ? 'Team' : 'Restricted'}) project`;
  const who = enforced
    ? `The organization enforces “${REPORT_SHARING_SETTING}” for every team`
    : `Team ${team.name} has “${REPORT_SHARING_SETTING}” on`;
  return deny('visibility', `${who}, and ${where}`);
}

/** Whether the report's magic link works now, and why not. */
export function magicLinkState(
  world: World,
  report: Report,
): { shared: boolean; active: boolean; blockedBy: Reason | null } {
  const shared = typeof report.magicLink === 'string';
  const blockedBy = magicLinkBlock(world, report.projectId);
  return { shared, active: shared && blockedBy === null, blockedBy };
}
