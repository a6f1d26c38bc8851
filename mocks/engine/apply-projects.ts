// apply() for projects, runs and custom roles (§6, §7).
import { dropFromProject, setTeamRole } from './apply-cascades';
import { addedAfterBaseChange } from './check-roles';
import type { Actor, Project, RoleRef } from './model';
import type { Operation } from './operations';
import { customRoleId, isCustomRef } from './roles';
import { Table } from './table';
import type { Draft } from './world-edit';

type Op<T extends Operation['type']> = Extract<Operation, { type: T }>;
export type ProjectOp = Op<
  | 'project.create'
  | 'project.update'
  | 'project.addMember'
  | 'project.removeMember'
  | 'project.join'
  | 'project.setRole'
  | 'run.move'
  | 'run.stop'
  | 'run.delete'
>;
export type RoleOp = Op<'role.create' | 'role.update' | 'role.delete'>;

const actorId = (actor: Actor): string | null =>
  actor.kind === 'user' ? actor.userId : actor.kind === 'service' ? actor.serviceAccountId : null;

/** Decision (§6.1): going Restricted keeps the owner and the person making the change, if in the team. */
function keepersOnRestrict(
  draft: Draft,
  project: Pick<Project, 'teamId' | 'ownerId' | 'restrictedMembers'>,
  actor: Actor | null,
): string[] {
  const team = draft.get('teams', project.teamId);
  const inTeam = (id: string | null): id is string =>
    id !== null &&
    (team?.members.get(id) !== undefined || draft.get('serviceAccounts', id)?.teamId === project.teamId);
  return [
    ...new Set([project.ownerId, actor && actorId(actor), ...project.restrictedMembers].filter(inTeam)),
  ];
}

export function applyProjectOp(draft: Draft, actor: Actor, op: ProjectOp): void {
  switch (op.type) {
    case 'project.create': {
      const p = op.project;
      const restrictedMembers =
        p.visibility === 'restricted' ? keepersOnRestrict(draft, p, actor) : p.restrictedMembers;
      draft.set('projects', p.id, { ...p, restrictedMembers, roleOverrides: Table.empty() });
      return;
    }
    case 'project.update':
      draft.update('projects', op.projectId, (p) => {
        const next: Project = {
          ...p,
          description: op.description ?? p.description,
          ownerId: op.ownerId ?? p.ownerId,
          visibility: op.visibility ?? p.visibility,
          updatedAt: op.at,
        };
        if (next.visibility === 'restricted' && p.visibility !== 'restricted')
          next.restrictedMembers = keepersOnRestrict(draft, next, actor);
        // A Restricted project's owner is always on its list (§6.1 Decision), a new owner too. (Leaving
        // Restricted keeps the list and Open/Public keep project roles, unused until they apply again:
        // ADR 0004.)
        const newOwner = op.ownerId;
        if (
          next.visibility === 'restricted' &&
          newOwner !== undefined &&
          !next.restrictedMembers.includes(newOwner)
        )
          next.restrictedMembers = [
            ...next.restrictedMembers,
            ...keepersOnRestrict(draft, { ...next, restrictedMembers: [] }, null),
          ].filter((id, i, all) => all.indexOf(id) === i);
        return next;
      });
      return;
    case 'project.addMember':
      draft.update('projects', op.projectId, (p) => ({
        ...p,
        restrictedMembers: [...p.restrictedMembers, op.principalId],
      }));
      return;
    case 'project.removeMember': {
      // Removing resets a project role too: re-adding starts from the team role (§6.2).
      const p = draft.get('projects', op.projectId);
      if (p) dropFromProject(draft, p, op.principalId);
      return;
    }
    case 'project.join': {
      const id = actorId(actor);
      if (id)
        draft.update('projects', op.projectId, (p) =>
          p.restrictedMembers.includes(id) ? p : { ...p, restrictedMembers: [...p.restrictedMembers, id] },
        );
      return;
    }
    case 'project.setRole':
      draft.update('projects', op.projectId, (p) => {
        const teamRole = draft.get('teams', p.teamId)?.members.get(op.principalId)?.role;
        // Choosing the team role again clears the override, so tracking resumes (Decision §6.2).
        const roleOverrides =
          op.role === teamRole
            ? p.roleOverrides.without(op.principalId)
            : p.roleOverrides.with(op.principalId, op.role);
        return { ...p, roleOverrides };
      });
      return;
    case 'run.move':
      for (const id of op.runIds) draft.update('runs', id, (r) => ({ ...r, projectId: op.toProjectId }));
      return;
    case 'run.stop':
      // Decision: a run stopped by a user ends as finished (the model has no "killed" state).
      draft.update('runs', op.runId, (r) => ({ ...r, state: 'finished' }));
      return;
    case 'run.delete':
      draft.delete('runs', op.runId);
      return;
  }
}

export function applyRoleOp(draft: Draft, _actor: Actor, op: RoleOp): void {
  switch (op.type) {
    case 'role.create':
      draft.set('customRoles', op.role.id, op.role);
      return;
    case 'role.update':
      draft.update('customRoles', op.roleId, (r) => {
        const base = op.base ?? r.base;
        const added = op.added ?? (base === r.base ? r.added : addedAfterBaseChange(r, base));
        return {
          ...r,
          name: op.name?.trim() ?? r.name,
          description: op.description ?? r.description,
          base,
          added,
          updatedAt: op.at,
        };
      });
      return;
    case 'role.delete':
      deleteRole(draft, op.roleId);
      return;
  }
}

/** Everyone holding the role falls back to its base role, in teams, projects and pending invites (§7). */
function deleteRole(draft: Draft, roleId: string): void {
  const role = draft.get('customRoles', roleId);
  if (!role) return;
  const ref: RoleRef = `custom:${roleId}`;
  const base: RoleRef = role.base;
  const fallback = (r: RoleRef): RoleRef => (isCustomRef(r) && customRoleId(r) === roleId ? base : r);
  for (const team of draft.all('teams')) {
    for (const [id, m] of team.members.entries()) if (m.role === ref) setTeamRole(draft, team.id, id, base);
  }
  for (const p of draft.all('projects')) {
    const holders = p.roleOverrides.entries().filter(([, r]) => r === ref);
    if (holders.length === 0) continue;
    let overrides = p.roleOverrides;
    const teamMembers = draft.get('teams', p.teamId)?.members;
    for (const [id] of holders) {
      const teamRole = teamMembers?.get(id)?.role;
      overrides =
        teamRole === base || teamRole === 'viewer' ? overrides.without(id) : overrides.with(id, base);
    }
    draft.set('projects', p.id, { ...p, roleOverrides: overrides });
  }
  for (const invite of draft.all('invites')) {
    if (invite.teams.some((t) => t.role === ref)) {
      draft.set('invites', invite.id, {
        ...invite,
        teams: invite.teams.map((t) => ({ ...t, role: fallback(t.role) })),
      });
    }
  }
  draft.delete('customRoles', roleId);
}
