// One line per person for the bulk review: what the change does to them, in the Users page's words.
import { memberOf, type Operation, type World } from '../../engine/index';
import { ORG_ROLE_LABELS, SEAT_LABELS } from '../../../src/api/role-labels';
import { heldRoleChanges, heldRolesText } from '../previews/held-roles';

const teamsWord = (n: number): string => (n === 1 ? '1 team' : `${n} teams`);

export function bulkSummary(before: World, after: World, op: Operation, isYou: boolean): string {
  if (op.type === 'member.setOrgRole') {
    const was = memberOf(before, op.userId, op.orgId);
    const now = memberOf(after, op.userId, op.orgId);
    if (!was || !now) return '';
    const parts = [`${ORG_ROLE_LABELS[was.orgRole]} → ${ORG_ROLE_LABELS[now.orgRole]}`];
    if (was.modelsSeat !== now.modelsSeat)
      parts.push(`Models seat ${SEAT_LABELS[was.modelsSeat]} → ${SEAT_LABELS[now.modelsSeat]}`);
    const held = heldRoleChanges(before, after, op.userId);
    if (held.length > 0) parts.push(heldRolesText(held));
    if (isYou && was.orgRole === 'admin') parts.push('you will lose access to these settings');
    return parts.join('; ');
  }
  if (op.type === 'member.remove') {
    const teams = before.teams.values().filter((t) => t.orgId === op.orgId && t.members.get(op.userId));
    const owned = before.projects
      .values()
      .filter((p) => p.ownerId === op.userId && before.teams.get(p.teamId)?.orgId === op.orgId).length;
    const parts = [teams.length ? `Leaves ${teamsWord(teams.length)}` : 'In no team'];
    if (owned > 0)
      parts.push(`owns ${owned === 1 ? '1 project' : `${owned} projects`} that will need a new owner`);
    parts.push('runs, reports and artifacts stay');
    if (isYou) parts.push('you will lose access to this organization');
    return parts.join('; ');
  }
  return '';
}
