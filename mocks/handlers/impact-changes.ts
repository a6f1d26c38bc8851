// One person's rows of an impact() preview, as the API sends them: each team and project, before →
// after, and the permissions lost there (with what they let you do). Shared by the team-role and the
// org role / seat previews.
import { PERMISSION_INFO, type ImpactEntry, type Permission } from '../engine/index';
import type { ImpactChange } from '../../src/api/member-preview';

export const lostPermissions = (lost: readonly Permission[]): ImpactChange['lost'] =>
  lost.map((permission) => {
    const { group, description } = PERMISSION_INFO[permission];
    return { permission, group, description };
  });

export function impactChanges(entries: readonly ImpactEntry[], principalId: string): ImpactChange[] {
  return entries
    .filter((e) => e.principalId === principalId)
    .map((e) => ({
      kind: e.target.kind,
      project: e.target.kind === 'team' ? `team ${e.target.label}` : e.target.label,
      before: e.roleBefore,
      after: e.roleAfter,
      losesAccess:
        e.target.kind === 'project' && (e.lost.includes('project:read') || e.lost.includes('run:read')),
      losesPermissions: e.lost.length > 0,
      lost: lostPermissions(e.lost),
    }));
}
