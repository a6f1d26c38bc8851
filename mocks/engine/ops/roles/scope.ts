// Where a custom role's change can matter: its holders, where they hold it.
import type { World } from '../../model';
import { isCustomRef } from '../../roles';
import type { Scope } from '../define';
import { teamAndProjects } from '../scope';

export function holdersScope(w: World, ref: string): Scope {
  const scope: Scope = [];
  for (const team of w.teams.values()) {
    const holders = team.members
      .entries()
      .filter(([, m]) => m.role === ref)
      .map(([id]) => id);
    if (holders.length > 0) scope.push(...teamAndProjects(w, new Set([team.id]), holders));
  }
  for (const p of w.projects.values()) {
    const holders = p.roleOverrides
      .entries()
      .filter(([, r]) => isCustomRef(r) && r === ref)
      .map(([id]) => id);
    if (holders.length > 0) scope.push({ target: { kind: 'project', projectId: p.id }, principals: holders });
  }
  return scope;
}
