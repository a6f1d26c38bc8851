// /:team/:project/users — who has access and how, project roles (§6.2), Restricted membership.
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import {
  check,
  decide,
  roleLabel,
  whoHasAccess,
  type Actor,
  type Project,
  type RoleRef,
  type Team,
} from '../../engine/index';
import {
  addProjectUserBodySchema,
  setProjectRoleBodySchema,
  type ProjectUsers,
} from '../../../src/api/projects';
import { mayExplainOnTeam } from '../access/gate';
import { ok, parseBody } from '../http/respond';
import { transact } from '../http/transact';
import { toApiDecision } from '../http/api-values';
import { invitees } from './invitees';
import { projectUserPreviewHandler } from './user-preview';
import { param, route } from '../http/route';
import { teamRoleRefs } from '../teams/settings-view';
import { withProject } from '../http/resolvers';

const EXPLANATIONS = {
  open: 'Open: anyone who knows the project can view it and submit runs and reports, so there are no project roles. Make it Team or Restricted to give people project roles.',
  public:
    'Public: anyone who knows the project can view it; only members of the team can submit. Project roles apply to Team and Restricted projects only.',
  team: 'Team: every member of the team has access with their team role, unless a project role is set here. A role that differs from the team role is marked *.',
  restricted:
    'Restricted: only the people and service accounts added here have access. A role that differs from the team role is marked *.',
} as const;

function usersBody(db: Db, actor: Actor, team: Team, project: Project): ProjectUsers {
  const world = db.world;
  const at = db.now();
  const rolesApply = project.visibility === 'team' || project.visibility === 'restricted';
  // Project roles: View-Only, Member, Admin and custom roles (Service is a team-level role only).
  const roles = teamRoleRefs(world, team).filter((r) => r !== 'service');
  const entries = whoHasAccess(world, project.id);
  const users: ProjectUsers['users'] = entries.map((e) => ({
    id: e.principalId,
    kind: e.kind,
    name: e.principalName,
    teamRoleLabel: e.teamRole ? roleLabel(world, e.teamRole) : null,
    role: e.role,
    roleLabel: e.roleLabel,
    roleDetail: e.roleDetail,
    overridden: e.overridden,
    via: e.via,
    roleOptions: rolesApply
      ? roles.map((role) => ({
          value: role,
          label: roleLabel(world, role),
          decision: toApiDecision(
            check(world, actor, {
              type: 'project.setRole',
              projectId: project.id,
              principalId: e.principalId,
              role,
            }),
          ),
        }))
      : [],
    explain: toApiDecision(mayExplainOnTeam(world, actor, team, e.principalId)),
    remove:
      project.visibility === 'restricted' && project.restrictedMembers.includes(e.principalId)
        ? toApiDecision(
            check(world, actor, {
              type: 'project.removeMember',
              projectId: project.id,
              principalId: e.principalId,
            }),
          )
        : null,
  }));
  const addable =
    project.visibility === 'restricted'
      ? invitees(
          world,
          team.members.keys().filter((id) => !project.restrictedMembers.includes(id)),
        )
      : [];
  const userId = actor.kind === 'user' ? actor.userId : null;
  const probeId = addable[0]?.id;
  return {
    rolesApply,
    restricted: project.visibility === 'restricted',
    explanation: EXPLANATIONS[project.visibility],
    users,
    addable,
    viewer: {
      canManage: toApiDecision(
        decide(world, actor, 'project:manage_users', { kind: 'project', projectId: project.id }),
      ),
      canAdd: toApiDecision(
        probeId
          ? check(world, actor, { type: 'project.addMember', projectId: project.id, principalId: probeId })
          : {
              allowed: false,
              reasons: [
                { step: 'input', effect: 'deny', text: 'Everyone in the team is already in this project' },
              ],
            },
      ),
      join:
        project.visibility === 'restricted' && userId && !project.restrictedMembers.includes(userId)
          ? toApiDecision(check(world, actor, { type: 'project.join', projectId: project.id, at }))
          : null,
    },
  };
}

export function projectUserHandlers(db: Db): HttpHandler[] {
  return [
    route(
      db,
      'get',
      '/projects/:team/:project/users',
      withProject(db, ({ ...found }) => {
        return ok(usersBody(db, found.actor, found.team, found.project));
      }),
    ),
    route(
      db,
      'put',
      '/projects/:team/:project/users/:principalId/role',
      withProject(db, async ({ request, params, ...found }) => {
        const body = await parseBody(request, setProjectRoleBodySchema);
        if (!body.ok) return body.response;
        const principalId = param(params, 'principalId');
        const previous =
          found.project.roleOverrides.get(principalId) ?? found.team.members.get(principalId)?.role ?? null;
        const done = transact(db, found.actor, {
          type: 'project.setRole',
          projectId: found.project.id,
          principalId,
          role: body.data.role as RoleRef,
        });
        if (!done.ok) return done.response;
        return ok({ previousRole: previous, roleLabel: roleLabel(db.world, body.data.role as RoleRef) });
      }),
    ),
    projectUserPreviewHandler(db),
    route(
      db,
      'post',
      '/projects/:team/:project/users',
      withProject(db, async ({ request, ...found }) => {
        const body = await parseBody(request, addProjectUserBodySchema);
        if (!body.ok) return body.response;
        const done = transact(db, found.actor, {
          type: 'project.addMember',
          projectId: found.project.id,
          principalId: body.data.principalId,
        });
        if (!done.ok) return done.response;
        return ok({ added: body.data.principalId }, 201);
      }),
    ),
    route(
      db,
      'delete',
      '/projects/:team/:project/users/:principalId',
      withProject(db, ({ params, ...found }) => {
        const principalId = param(params, 'principalId');
        const done = transact(db, found.actor, {
          type: 'project.removeMember',
          projectId: found.project.id,
          principalId,
        });
        if (!done.ok) return done.response;
        return ok({ removed: principalId });
      }),
    ),
  ];
}
