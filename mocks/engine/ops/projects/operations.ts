// Projects (§6): visibility rules, Restricted members, project roles.
import type { Decision } from '../../decision';
import { decide } from '../../decide';
import { nameOf, requestedName } from '../../lookup';
import type { Project, RoleRef, Visibility } from '../../model';
import { conflict, forbidden, invalid, notFound } from '../../reason';
import { Table } from '../../table';
import { dropFromProject } from '../cascades';
import { defineFamily, operation } from '../define';
import { first, holderOf, roleAssignable, thenCheck } from '../rules';
import { projectScope } from '../scope';
import {
  actorId,
  inTeam,
  isTeamOrOrgAdmin,
  keepersOnRestrict,
  manage,
  mayChangeVisibility,
  nameRules,
  projectCheck,
  projectRes,
  visibilityAllowed,
} from './rules';

/** Operations are plain JSON (they are stored in the log): a project as created, without its role table. */
export type NewProject = Omit<Project, 'roleOverrides'>;

export const projectOperations = defineFamily({
  /** A new project starts with no project-role overrides (they are set on its Users tab). */
  'project.create': operation<{ project: NewProject }>({
    check: (world, actor, op) => {
      const p = op.project;
      const team = world.teams.get(p.teamId);
      if (!team) return notFound('No such team');
      return thenCheck(decide(world, actor, 'project:create', { kind: 'team', teamId: team.id }), () =>
        first(
          () => (world.projects.get(p.id) ? conflict('A project with this id already exists') : null),
          () => nameRules(world, team, p.name),
          () => visibilityAllowed(world, team, p.visibility),
          () => {
            const own = actorId(actor);
            return p.ownerId === own || (world.users.get(p.ownerId) && team.members.get(p.ownerId))
              ? null
              : invalid('ownerId', 'The owner must be a member of the team');
          },
          () =>
            p.restrictedMembers.every((id) => inTeam(world, team, id))
              ? null
              : invalid('restrictedMembers', 'Only team members can be invited'),
          () =>
            p.visibility === 'restricted' || p.restrictedMembers.length === 0
              ? null
              : invalid('restrictedMembers', 'Only a Restricted project has invited members'),
        ),
      );
    },
    apply: (draft, actor, op) => {
      const p = op.project;
      const restrictedMembers =
        p.visibility === 'restricted' ? keepersOnRestrict(draft, p, actor) : p.restrictedMembers;
      draft.set('projects', p.id, { ...p, restrictedMembers, roleOverrides: Table.empty() });
    },
    impactScope: (_before, _after, op) => projectScope(op.project.id),
  }),

  'project.update': operation<{
    projectId: string;
    description?: string;
    ownerId?: string;
    visibility?: Visibility;
    /**
     * Team members to keep on the list when this change makes the project Restricted (W&B's "Invite team
     * members" in the same step): one operation, so the visibility and the list change together.
     */
    members?: string[];
    at: string;
  }>({
    check: (world, actor, op) =>
      projectCheck(world, op.projectId, ({ project, team }) => {
        const gate = decide(
          world,
          actor,
          op.ownerId !== undefined && op.ownerId !== project.ownerId
            ? 'project:manage_users'
            : 'project:update',
          projectRes(project),
        );
        return thenCheck(gate, () =>
          first(
            () => {
              if (op.ownerId === undefined || op.ownerId === project.ownerId) return null;
              return world.users.get(op.ownerId) && team.members.get(op.ownerId)
                ? null
                : invalid('ownerId', 'The owner must be a member of the team');
            },
            () => {
              if (op.visibility === undefined || op.visibility === project.visibility) return null;
              if (!mayChangeVisibility(world, actor, project, team)) {
                return forbidden(
                  'role',
                  'Only the project owner, a team admin or an org admin can change visibility',
                );
              }
              return visibilityAllowed(world, team, op.visibility);
            },
            () => {
              if (!op.members?.length) return null;
              if (op.visibility !== 'restricted' || project.visibility === 'restricted')
                return invalid(
                  'members',
                  'Team members are invited only when the project becomes Restricted',
                );
              const outside = op.members.find((id) => !inTeam(world, team, id));
              return outside === undefined
                ? null
                : invalid('members', `${requestedName(world, outside)} is not a member of team ${team.name}`);
            },
          ),
        );
      }),
    apply: (draft, actor, op) =>
      draft.update('projects', op.projectId, (p) => {
        const next: Project = {
          ...p,
          description: op.description ?? p.description,
          ownerId: op.ownerId ?? p.ownerId,
          visibility: op.visibility ?? p.visibility,
          updatedAt: op.at,
        };
        if (next.visibility === 'restricted' && p.visibility !== 'restricted')
          next.restrictedMembers = [
            ...new Set([...keepersOnRestrict(draft, next, actor), ...(op.members ?? [])]),
          ];
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
      }),
    impactScope: (_before, _after, op) => projectScope(op.projectId),
  }),

  'project.addMember': operation<{ projectId: string; principalId: string }>({
    check: (world, actor, op) =>
      projectCheck(world, op.projectId, ({ project, team, label, restrictedOnly }) =>
        manage(world, actor, project, () =>
          first(restrictedOnly, () => {
            if (!holderOf(world, team.orgId, op.principalId))
              return notFound('No such user or service account');
            if (!inTeam(world, team, op.principalId))
              return invalid(
                'principalId',
                `${requestedName(world, op.principalId)} is not a member of team ${team.name}`,
              );
            return project.restrictedMembers.includes(op.principalId)
              ? conflict(`${nameOf(world, op.principalId)} is already a member of ${label}`)
              : null;
          }),
        ),
      ),
    apply: (draft, _actor, op) =>
      draft.update('projects', op.projectId, (p) => ({
        ...p,
        restrictedMembers: [...p.restrictedMembers, op.principalId],
      })),
    impactScope: (_before, _after, op) => projectScope(op.projectId),
  }),

  'project.removeMember': operation<{ projectId: string; principalId: string }>({
    check: (world, actor, op) =>
      projectCheck(world, op.projectId, ({ project, label, restrictedOnly }) => {
        const leaving = actor.kind === 'user' && actor.userId === op.principalId;
        const rest = (): Decision | null =>
          first(
            restrictedOnly,
            () =>
              project.restrictedMembers.includes(op.principalId)
                ? null
                : notFound(`${requestedName(world, op.principalId)} is not a member of ${label}`),
            // The owner of a Restricted project is always on its list (§6.1 Decision).
            () =>
              op.principalId === project.ownerId
                ? conflict(`${nameOf(world, op.principalId)} owns ${label}; set another owner first`)
                : null,
          );
        return leaving ? (rest() ?? { allowed: true, reasons: [] }) : manage(world, actor, project, rest);
      }),
    apply: (draft, _actor, op) => {
      // Removing resets a project role too: re-adding starts from the team role (§6.2).
      const p = draft.get('projects', op.projectId);
      if (p) dropFromProject(draft, p, op.principalId);
    },
    impactScope: (_before, _after, op) => projectScope(op.projectId),
  }),

  'project.join': operation<{ projectId: string; at: string }>({
    check: (world, actor, op) =>
      projectCheck(world, op.projectId, ({ project, team, label, restrictedOnly }) =>
        manage(world, actor, project, () =>
          first(
            restrictedOnly,
            () =>
              isTeamOrOrgAdmin(world, actor, team)
                ? null
                : forbidden('role', 'Only team admins and org admins can join a Restricted project'),
            () =>
              actor.kind === 'user' && project.restrictedMembers.includes(actor.userId)
                ? conflict(`You are already a member of ${label}`)
                : null,
          ),
        ),
      ),
    apply: (draft, actor, op) => {
      const id = actorId(actor);
      if (id)
        draft.update('projects', op.projectId, (p) =>
          p.restrictedMembers.includes(id) ? p : { ...p, restrictedMembers: [...p.restrictedMembers, id] },
        );
    },
    impactScope: (_before, _after, op) => projectScope(op.projectId),
  }),

  'project.setRole': operation<{ projectId: string; principalId: string; role: RoleRef }>({
    check: (world, actor, op) =>
      projectCheck(world, op.projectId, ({ project, team, label }) =>
        manage(world, actor, project, () => {
          const holder = holderOf(world, team.orgId, op.principalId);
          const membership = team.members.get(op.principalId);
          const org = world.orgs.get(team.orgId);
          if (!holder || !membership || !org)
            return notFound(`${requestedName(world, op.principalId)} is not a member of team ${team.name}`);
          return first(
            () =>
              project.visibility === 'team' || project.visibility === 'restricted'
                ? null
                : conflict('Project roles apply only to Team and Restricted projects'),
            () =>
              project.visibility === 'restricted' && !project.restrictedMembers.includes(op.principalId)
                ? conflict(`${holder.name} is not a member of ${label}; add them first`)
                : null,
            () =>
              membership.role === 'viewer'
                ? conflict(`${holder.name} is View-Only in team ${team.name} and cannot get a project role`)
                : null,
            () => (op.role === membership.role ? null : roleAssignable(world, org, holder, op.role)),
          );
        }),
      ),
    apply: (draft, _actor, op) =>
      draft.update('projects', op.projectId, (p) => {
        const teamRole = draft.get('teams', p.teamId)?.members.get(op.principalId)?.role;
        // Choosing the team role again clears the override, so tracking resumes (Decision §6.2).
        const roleOverrides =
          op.role === teamRole
            ? p.roleOverrides.without(op.principalId)
            : p.roleOverrides.with(op.principalId, op.role);
        return { ...p, roleOverrides };
      }),
    impactScope: (_before, _after, op) => projectScope(op.projectId),
  }),
});
