// After a team-role change: say what happened to the person's project roles (§6.2 tracking).
import type { World } from '../../engine/index';
import { plural } from './plural';

export function projectRoleNote(
  before: World,
  after: World,
  teamId: string,
  principalId: string,
): string | null {
  let followed = 0;
  let kept = 0;
  let dropped = 0;
  for (const project of after.projects.values()) {
    if (project.teamId !== teamId || (project.visibility !== 'team' && project.visibility !== 'restricted'))
      continue;
    if (project.visibility === 'restricted' && !project.restrictedMembers.includes(principalId)) continue;
    const hadOverride = before.projects.get(project.id)?.roleOverrides.get(principalId) !== undefined;
    if (project.roleOverrides.get(principalId) !== undefined) kept += 1;
    else if (hadOverride) dropped += 1;
    else followed += 1;
  }
  if (followed === 0 && kept === 0 && dropped === 0) return null;
  const parts = [];
  if (followed > 0) parts.push(`${plural(followed, 'project role')} followed the team role`);
  if (kept > 0) parts.push(`${plural(kept, 'project override')} kept`);
  // The engine clears an override that now equals the team role, or that View-Only cannot hold.
  if (dropped > 0) parts.push(`${plural(dropped, 'project override')} cleared`);
  return parts.join('; ');
}
