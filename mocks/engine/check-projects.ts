// check() for projects and runs (§6): visibility rules, restricted members, project roles, run moves.
import { first, holderOf, roleAssignable, thenCheck } from './check-helpers';
import type { Decision } from './decision';
import { decide } from './decide';
import { nameOf, projectLabel, publicSharingBlocked, requestedName } from './lookup';
import type { Actor, Project, Team, Visibility, World } from './model';
import type { Operation } from './operations';
import { conflict, forbidden, invalid, notFound } from './reason';

type Op<T extends Operation['type']> = Extract<Operation, { type: T }>;
type ProjectOp = Op<
  | 'project.create'
  | 'project.update'
  | 'project.addMember'
  | 'project.removeMember'
  | 'project.join'
  | 'project.setRole'
>;

const projectRes = (p: Project) => ({ kind: 'project', projectId: p.id }) as const;

/** Open and Public are off while the team (or the org) makes projects private (§5.1 #2, §6.1). */
function visibilityAllowed(world: World, team: Team, visibility: Visibility): Decision | null {
  if ((visibility === 'open' || visibility === 'public') && publicSharingBlocked(world, team)) {
    return forbidden(
      'visibility',
      `Team ${team.name} makes all projects private, so Open and Public are off`,
    );
  }
  return null;
}

/** Team members (users) and the team's own service accounts may be listed on its Restricted projects. */
function inTeam(world: World, team: Team, principalId: string): boolean {
  return (
    team.members.get(principalId) !== undefined || world.serviceAccounts.get(principalId)?.teamId === team.id
  );
}

function isTeamOrOrgAdmin(world: World, actor: Actor, team: Team): boolean {
  if (actor.kind !== 'user') return false;
  const user = world.users.get(actor.userId);
  return (
    team.members.get(actor.userId)?.role === 'admin' ||
    (user?.orgId === team.orgId && user.orgRole === 'admin')
  );
}

/** Project owner, team admin or org admin (§6.1 "Who may set or change visibility"). */
function mayChangeVisibility(world: World, actor: Actor, project: Project, team: Team): boolean {
  return isTeamOrOrgAdmin(world, actor, team) || (actor.kind === 'user' && project.ownerId === actor.userId);
}

function nameRules(world: World, team: Team, name: string): Decision | null {
  if (!/^[A-Za-z0-9._-]{1,128}$/.test(name)) return invalid('name', 'Use 1–128 letters, digits, ., - or _');
  const taken = world.projects
    .values()
    .some((p) => p.teamId === team.id && p.name.toLowerCase() === name.toLowerCase());
  return taken ? conflict(`Team ${team.name} already has a project named ${name}`) : null;
}

export function checkProjectOp(world: World, actor: Actor, op: ProjectOp): Decision {
  if (op.type === 'project.create') {
    const p = op.project;
    const team = world.teams.get(p.teamId);
    if (!team) return notFound('No such team');
    return thenCheck(decide(world, actor, 'project:create', { kind: 'team', teamId: team.id }), () =>
      first(
        () => (world.projects.get(p.id) ? conflict('A project with this id already exists') : null),
        () => nameRules(world, team, p.name),
        () => visibilityAllowed(world, team, p.visibility),
        () => {
          const own =
            actor.kind === 'user' ? actor.userId : actor.kind === 'service' ? actor.serviceAccountId : null;
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
  }
  const project = world.projects.get(op.projectId);
  const team = project ? world.teams.get(project.teamId) : undefined;
  if (!project || !team) return notFound('No such project');
  const label = projectLabel(world, project);
  const manage = (rest: () => Decision | null): Decision =>
    thenCheck(decide(world, actor, 'project:manage_users', projectRes(project)), rest);
  const restrictedOnly = (): Decision | null =>
    project.visibility === 'restricted'
      ? null
      : conflict(`${label} is not Restricted: everyone in team ${team.name} has access`);
  switch (op.type) {
    case 'project.update': {
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
        ),
      );
    }
    case 'project.addMember':
      return manage(() =>
        first(restrictedOnly, () => {
          if (!holderOf(world, op.principalId)) return notFound('No such user or service account');
          if (!inTeam(world, team, op.principalId))
            return invalid(
              'principalId',
              `${requestedName(world, op.principalId)} is not a member of team ${team.name}`,
            );
          return project.restrictedMembers.includes(op.principalId)
            ? conflict(`${nameOf(world, op.principalId)} is already a member of ${label}`)
            : null;
        }),
      );
    case 'project.removeMember': {
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
      return leaving ? (rest() ?? { allowed: true, reasons: [] }) : manage(rest);
    }
    case 'project.join':
      return manage(() =>
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
      );
    case 'project.setRole':
      return manage(() => {
        const holder = holderOf(world, op.principalId);
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
      });
  }
}
