// Builds the team settings answer: every control's decision comes from the engine's check() of the
// operation the control would send, so the UI only renders what the server says.
import type { Db } from '../../db/db';
import {
  check,
  decide,
  defaultTeamRole,
  inviteExpiry,
  roleLabel,
  type Actor,
  type Operation,
  type RoleRef,
  type Team,
  type TeamSettings as EngineTeamSettings,
  type World,
} from '../../engine/index';
import type { RoleOption, TeamSettings } from '../../../src/api/team-settings';
import { mayExplainOnTeam } from '../access/gate';
import { toApiControl, toApiDecision } from '../http/api-values';
import { memberIdentity } from './member-identity';

const SETTINGS: { key: keyof EngineTeamSettings; label: string; description: string }[] = [
  {
    key: 'hidden',
    label: 'Hide this team from all non-members',
    description: 'Only members and org admins see the team and its projects.',
  },
  {
    key: 'futureProjectsPrivate',
    label: 'Make all future team projects private (public sharing not allowed)',
    description: 'Open and Public cannot be chosen for projects of this team.',
  },
  {
    key: 'membersCanInvite',
    label: 'Allow any team member to invite other team members',
    description: 'Members may add people as Member or View-Only; only admins remove or change roles.',
  },
  {
    key: 'noPublicReportsInPrivateProjects',
    label: 'Turn off public sharing outside the team for reports in private projects',
    description: 'Reports in Team and Restricted projects cannot be shared by public link.',
  },
  {
    key: 'recommendForDomainSignups',
    label: 'Recommend new users with matching email domains join this team upon signing up',
    description: 'New sign-ups from a claimed domain are offered this team (Multi-tenant Cloud only).',
  },
  {
    key: 'codeSavingByDefault',
    label: 'Enable code saving by default',
    description: 'New runs save their code unless turned off.',
  },
  {
    key: 'autoAddNewUsers',
    label: 'Automatically add new users of the organization to this team',
    description: 'Everyone who joins the organization becomes a Member of this team.',
  },
];

export function teamRoleRefs(world: World, team: Team): RoleRef[] {
  const custom = world.customRoles
    .values()
    .filter((r) => r.orgId === team.orgId)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((r): RoleRef => `custom:${r.id}`);
  return ['admin', 'member', 'viewer', 'service', ...custom];
}

function options(world: World, actor: Actor, team: Team, op: (role: RoleRef) => Operation): RoleOption[] {
  return teamRoleRefs(world, team).map((role) => ({
    value: role,
    label: roleLabel(world, role),
    decision: toApiControl(check(world, actor, op(role))),
  }));
}

export function teamSettingsBody(db: Db, actor: Actor, team: Team): TeamSettings {
  const world = db.world;
  const now = db.now();
  const actorId = actor.kind === 'user' ? actor.userId : null;
  const res = { kind: 'team', teamId: team.id } as const;
  const members: TeamSettings['members'] = team.members.entries().map(([id, m]) => {
    return {
      ...memberIdentity(world, team.orgId, id),
      email: world.users.get(id)?.email ?? null,
      role: m.role,
      roleLabel: roleLabel(world, m.role),
      isYou: id === actorId,
      roleOptions: options(world, actor, team, (role) => ({
        type: 'team.setRole',
        teamId: team.id,
        principalId: id,
        role,
      })),
      remove: toApiControl(
        check(world, actor, { type: 'team.removeMember', teamId: team.id, principalId: id }),
      ),
      explain: toApiControl(mayExplainOnTeam(world, actor, team, id)),
    };
  });
  members.sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
  // A would-be invite of a newcomer tells which roles may be given to someone joining this team.
  const inviteRoles = options(world, actor, team, (role) => ({
    type: 'invite.create',
    invite: probeInvite(team, actorId ?? '', role, now),
  }));
  const projectIds = new Set(
    world.projects
      .values()
      .filter((p) => p.teamId === team.id)
      .map((p) => p.id),
  );
  const accounts = world.serviceAccounts.values().filter((s) => s.teamId === team.id);
  const mine = actorId ? team.members.get(actorId) : undefined;
  return {
    team: {
      id: team.id,
      name: team.name,
      storage: team.storage.kind === 'managed' ? 'W&B managed' : `External bucket (${team.storage.bucket})`,
      createdAt: team.createdAt,
      orgName: world.orgs.get(team.orgId)?.name ?? '',
      yourRoleLabel: mine ? roleLabel(world, mine.role) : null,
    },
    members,
    pendingInvites: world.invites
      .values()
      .filter((i) => i.status === 'pending' && i.teams.some((t) => t.teamId === team.id))
      .map((i) => {
        const role = i.teams.find((t) => t.teamId === team.id)?.role ?? 'member';
        return {
          id: i.id,
          email: i.email,
          roleLabel: roleLabel(world, role),
          expiresAt: i.expiresAt,
          expired: i.expiresAt <= now,
        };
      }),
    inviteRoles,
    settings: SETTINGS.map((s) => ({
      ...s,
      value: team.settings[s.key],
      change: toApiDecision(
        check(world, actor, {
          type: 'team.updateSettings',
          teamId: team.id,
          settings: { [s.key]: !team.settings[s.key] },
        }),
      ),
      locked:
        (world.orgs.get(team.orgId)?.enforcements as Record<string, boolean | undefined> | undefined)?.[
          s.key
        ] !== undefined,
    })),
    serviceAccounts: accounts.map((s) => ({
      id: s.id,
      name: s.name,
      apiKeyLast4: s.apiKeyLast4,
      createdAt: s.createdAt,
      createdBy: world.users.get(s.createdById)?.name ?? 'a former member',
    })),
    joinRequests: (team.joinRequests ?? []).flatMap((r) => {
      const user = world.users.get(r.userId);
      if (!user) return [];
      const ids = { teamId: team.id, userId: user.id };
      return [
        {
          userId: user.id,
          name: user.name,
          email: user.email,
          at: r.at,
          roleLabel: roleLabel(world, defaultTeamRole(user, team.orgId)),
          approve: toApiDecision(check(world, actor, { type: 'team.approveJoinRequest', ...ids, at: now })),
          decline: toApiDecision(check(world, actor, { type: 'team.declineJoinRequest', ...ids })),
        },
      ];
    }),
    deletion: {
      projects: projectIds.size,
      runs: world.runs.values().filter((r) => projectIds.has(r.projectId)).length,
      members: team.members.keys().length,
      serviceAccounts: accounts.length,
    },
    viewer: {
      canInvite: toApiDecision(decide(world, actor, 'team:invite_user', res)),
      canChangeRoles: toApiDecision(decide(world, actor, 'team:update_role', res)),
      canManageSettings: toApiDecision(decide(world, actor, 'team:manage_settings', res)),
      canManageServiceAccounts: toApiDecision(
        check(world, actor, {
          type: 'serviceAccount.create',
          account: {
            id: '__probe__',
            teamId: team.id,
            name: '__probe__',
            apiKeyLast4: '0000',
            createdById: actorId ?? '',
            createdAt: now,
          },
        }),
      ),
      canDelete: toApiDecision(check(world, actor, { type: 'team.delete', teamId: team.id })),
      leave:
        actorId && mine
          ? toApiDecision(
              check(world, actor, { type: 'team.removeMember', teamId: team.id, principalId: actorId }),
            )
          : null,
    },
  };
}

function probeInvite(team: Team, invitedById: string, role: RoleRef, now: string) {
  return {
    id: '__probe__',
    orgId: team.orgId,
    email: 'someone.new@example.invalid',
    orgRole: 'member' as const,
    modelsSeat: 'none' as const,
    weaveAccess: 'none' as const,
    teams: [{ teamId: team.id, role }],
    invitedById,
    sentAt: now,
    expiresAt: inviteExpiry(now),
    status: 'pending' as const,
  };
}
