// The access model's project decisions written as @casl/ability rules, one Ability per user, for the
// side-by-side benchmark (bench/casl.bench.ts) and its agreement test. Rules say what a user may do on
// projects by their fields (team, org, visibility, Restricted list, owner), the way a CASL user would
// write them: a `can` per way in (org admin, team role, project role, Open/Public), then a `cannot` per
// cap (org Viewer, seat, Restricted-not-joined, plan), which CASL checks first because they come last.
// Role → permission sets are read from the engine's role table: data, not a decision.
import {
  AbilityBuilder,
  createMongoAbility,
  subject,
  type ForcedSubject,
  type MongoAbility,
} from '@casl/ability';
import { MANAGEMENT_PERMISSIONS, OUTSIDER_READ as OUTSIDER_READ_SET } from '../mocks/engine/catalog';
import {
  PERMISSION_INFO,
  PROJECT_PERMISSIONS,
  permissionsOfRole,
  type Org,
  type OrgMembership,
  type Project,
  type RoleRef,
  type Team,
  type TeamPermission,
  type User,
  type World,
} from '../mocks/engine/index';

/** The fields of a project the rules match on, flattened once (CASL matches plain objects). */
export interface ProjectSubject {
  id: string;
  teamId: string;
  orgId: string;
  visibility: Project['visibility'];
  restrictedMembers: string[];
  ownerId: string;
}

type ProjectSubjectOf = ProjectSubject & ForcedSubject<'Project'>;
type CaslAbility = MongoAbility<[TeamPermission, 'Project' | ProjectSubjectOf]>;

// The engine's own permission groups: the comparison is about deciding, not about the catalog.
const MANAGEMENT: readonly TeamPermission[] = [...MANAGEMENT_PERMISSIONS];
const OUTSIDER_READ: TeamPermission[] = [...OUTSIDER_READ_SET];
const OUTSIDER_SUBMIT: TeamPermission[] = ['run:create', 'report:create'];
const ANY_OF_OWN: Partial<Record<TeamPermission, TeamPermission>> = {
  'run:stop:own': 'run:stop',
  'run:delete:own': 'run:delete',
  'run:move:own': 'run:move',
  'report:update:own': 'report:update',
  'report:delete:own': 'report:delete',
};
const isManagement = (p: TeamPermission) => MANAGEMENT.includes(p);
const writes = PROJECT_PERMISSIONS.filter((p) => PERMISSION_INFO[p].writes);
const seatViewerBlocks = PROJECT_PERMISSIONS.filter(
  (p) => !isManagement(p) && (PERMISSION_INFO[p].writes || p === 'artifact:download'),
);
const seatNoneBlocks = PROJECT_PERMISSIONS.filter((p) => !isManagement(p));
const restrictedAdminBlocks = PROJECT_PERMISSIONS.filter((p) => p !== 'project:read' && !isManagement(p));

/** A role's permissions, plus each `:own` permission whose "anyone's" form it has (asked of a project). */
function grantsOf(world: World, role: RoleRef, extra: readonly TeamPermission[] = []): TeamPermission[] {
  const set = new Set<TeamPermission>([...permissionsOfRole(world, role), ...extra]);
  for (const [own, any] of Object.entries(ANY_OF_OWN) as [TeamPermission, TeamPermission][])
    if (set.has(any)) set.add(own);
  return [...set];
}

const VISIBLE_TO_TEAM: { $in: Project['visibility'][] } = { $in: ['team', 'open', 'public'] };

export function projectSubject(world: World, project: Project): ProjectSubjectOf {
  return subject('Project', {
    id: project.id,
    teamId: project.teamId,
    orgId: world.teams.get(project.teamId)?.orgId ?? '',
    visibility: project.visibility,
    restrictedMembers: [...project.restrictedMembers],
    ownerId: project.ownerId,
  });
}

/** Teams by member and projects by team, so building 10,000 users' rules does not rescan the world. */
export interface WorldIndex {
  teamsOf: Map<string, Team[]>;
  projectsOf: Map<string, Project[]>;
}

export function indexWorld(world: World): WorldIndex {
  const teamsOf = new Map<string, Team[]>();
  const projectsOf = new Map<string, Project[]>();
  const add = <T>(map: Map<string, T[]>, key: string, row: T) => {
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  };
  for (const team of world.teams.values()) for (const id of team.members.keys()) add(teamsOf, id, team);
  for (const project of world.projects.values()) add(projectsOf, project.teamId, project);
  return { teamsOf, projectsOf };
}

/** One user's rules on projects (users only: the benchmark asks about people). */
export function caslAbilityFor(world: World, index: WorldIndex, user: User): CaslAbility {
  const { can, cannot, build } = new AbilityBuilder<CaslAbility>(createMongoAbility);
  // Open and Public projects: anyone reads, and on Open submits.
  can(OUTSIDER_READ, 'Project', { visibility: { $in: ['open', 'public'] } });
  can(OUTSIDER_SUBMIT, 'Project', { visibility: 'open' });
  // A person in several orgs has each org's rules, each under that org's conditions.
  for (const membership of user.orgs) {
    const org = world.orgs.get(membership.orgId);
    if (org) orgRules(org, membership);
  }
  return build();

  function orgRules(org: Org, member: OrgMembership): void {
    const enterprise = org.plan === 'enterprise';
    const roleIn = (role: RoleRef): RoleRef =>
      role.startsWith('custom:') && !enterprise
        ? (world.customRoles.get(role.slice('custom:'.length))?.base ?? 'viewer')
        : role;

    if (member.orgRole === 'admin') {
      const all = grantsOf(world, 'admin', MANAGEMENT);
      can(all, 'Project', { orgId: org.id });
      cannot(restrictedAdminBlocks, 'Project', {
        orgId: org.id,
        visibility: 'restricted',
        restrictedMembers: { $nin: [user.id] },
      });
    }
    for (const team of index.teamsOf.get(user.id) ?? []) {
      const membership = team.members.get(user.id);
      if (!membership || team.orgId !== org.id || member.orgRole === 'admin') continue;
      const role = roleIn(membership.role);
      const teamAdmin = role === 'admin';
      const extra: TeamPermission[] = teamAdmin ? [...MANAGEMENT] : [];
      const invites =
        (role === 'member' || role.startsWith('custom:')) &&
        (org.enforcements.membersCanInvite ?? team.settings.membersCanInvite);
      if (invites) extra.push('team:invite_user');
      const grants = grantsOf(world, role, extra);
      can(grants, 'Project', { teamId: team.id, visibility: VISIBLE_TO_TEAM });
      can(grants, 'Project', { teamId: team.id, visibility: 'restricted', restrictedMembers: user.id });
      can('project:update', 'Project', {
        teamId: team.id,
        ownerId: user.id,
        visibility: { $in: teamAdmin ? ['team', 'open', 'public', 'restricted'] : VISIBLE_TO_TEAM.$in },
      });
      can('project:update', 'Project', {
        teamId: team.id,
        ownerId: user.id,
        visibility: 'restricted',
        restrictedMembers: user.id,
      });
      if (teamAdmin) {
        can(grants, 'Project', { teamId: team.id, visibility: 'restricted' });
        cannot(restrictedAdminBlocks, 'Project', {
          teamId: team.id,
          visibility: 'restricted',
          restrictedMembers: { $nin: [user.id] },
        });
      }
      // A project role replaces the team role on that project (never for View-Only team members).
      if (role === 'viewer') continue;
      for (const project of index.projectsOf.get(team.id) ?? []) {
        const override = project.roleOverrides.get(user.id);
        if (!override || override === role) continue;
        if (project.visibility !== 'team' && project.visibility !== 'restricted') continue;
        const effective = roleIn(override);
        const granted = grantsOf(
          world,
          effective,
          teamAdmin ? MANAGEMENT : invites ? ['team:invite_user'] : [],
        );
        const owner = project.ownerId === user.id ? (['project:update'] as TeamPermission[]) : [];
        cannot(
          PROJECT_PERMISSIONS.filter((p) => !granted.includes(p) && !owner.includes(p)),
          'Project',
          { id: project.id },
        );
        can(granted, 'Project', { id: project.id, visibility: 'team' });
        can(granted, 'Project', { id: project.id, visibility: 'restricted', restrictedMembers: user.id });
      }
    }
    // Caps come last, so CASL checks them first.
    if (member.orgRole === 'viewer') cannot(writes, 'Project', { orgId: org.id });
    if (member.modelsSeat === 'viewer') cannot(seatViewerBlocks, 'Project', { orgId: org.id });
    if (member.modelsSeat === 'none') cannot(seatNoneBlocks, 'Project', { orgId: org.id });
    if (!enterprise) cannot('team:create_service_account', 'Project', { orgId: org.id });
  }
}
