// Small helpers that append plain objects to a World. Scenarios read as lists of facts ("Ava is an
// org admin", "vision hides itself") and the builder fills ids, timestamps and defaults.
// Objects are created once and never spread again, which keeps the 10,000-user scenario fast.
import type {
  Artifact,
  CustomRole,
  Invite,
  JoinedVia,
  Org,
  OrgRole,
  Project,
  Report,
  RoleRef,
  Run,
  RunState,
  Seat,
  ServiceAccount,
  Team,
  TeamSettings,
  User,
  Visibility,
  World,
} from '../../engine/index';
import { DEFAULT_TEAM_SETTINGS, inviteExpiry, Table, WorldMaps } from '../../engine/index';
import type { Clock } from './time';

export interface UserSpec {
  username: string;
  name: string;
  email: string;
  orgId: string | null;
  orgRole: OrgRole;
  modelsSeat: Seat;
  weaveAccess?: Seat;
  joinedVia?: JoinedVia;
  joinedDaysAgo: number;
  /** null: never active. */
  lastActiveDaysAgo: number | null;
}

export interface ProjectSpec {
  teamId: string;
  name: string;
  description: string;
  ownerId: string;
  visibility: Visibility;
  restrictedMembers?: string[];
  roleOverrides?: Record<string, RoleRef>;
  createdDaysAgo: number;
}

/** Appends to `world` in place; ids are readable (`user-ava`, `team-vision`) for logs and tests. */
export class WorldBuilder {
  private readonly maps = new WorldMaps();
  private seq = { run: 0, report: 0, artifact: 0, invite: 0 };

  constructor(readonly clock: Clock) {}

  /** The world so far: valid until the next add (see WorldMaps). */
  get world(): World {
    return this.maps.world;
  }

  addOrg(org: Omit<Org, 'createdAt'> & { createdDaysAgo: number }): Org {
    const { createdDaysAgo, ...rest } = org;
    const created: Org = { ...rest, createdAt: this.clock.daysAgo(createdDaysAgo) };
    this.maps.put('orgs', created.id, created);
    return created;
  }

  addUser(spec: UserSpec): User {
    const user: User = {
      id: `user-${spec.username}`,
      username: spec.username,
      name: spec.name,
      email: spec.email,
      orgId: spec.orgId,
      orgRole: spec.orgRole,
      modelsSeat: spec.modelsSeat,
      weaveAccess: spec.weaveAccess ?? spec.modelsSeat,
      joinedVia: spec.joinedVia ?? 'seed',
      joinedAt: this.clock.daysAgo(spec.joinedDaysAgo),
      lastActiveAt: spec.lastActiveDaysAgo === null ? null : this.clock.hoursAgo(spec.lastActiveDaysAgo * 24),
    };
    this.maps.put('users', user.id, user);
    return user;
  }

  addTeam(orgId: string, name: string, settings: Partial<TeamSettings>, createdDaysAgo: number): Team {
    const team: Team = {
      id: `team-${name}`,
      orgId,
      name,
      storage: { kind: 'managed' },
      settings: { ...DEFAULT_TEAM_SETTINGS, ...settings },
      members: Table.empty(),
      createdAt: this.clock.daysAgo(createdDaysAgo),
    };
    this.maps.put('teams', team.id, team);
    return team;
  }

  addMember(team: Team, principalId: string, role: RoleRef, joinedDaysAgo: number): void {
    const current = this.maps.row('teams', team.id) ?? team;
    const membership = { role, joinedAt: this.clock.daysAgo(joinedDaysAgo) };
    this.maps.put('teams', team.id, { ...current, members: current.members.with(principalId, membership) });
  }

  /** A team as it is now (members added since it was created included). */
  team(teamId: string): Team {
    const team = this.maps.row('teams', teamId);
    if (!team) throw new Error(`unknown team ${teamId}`);
    return team;
  }

  setTeamRole(teamId: string, principalId: string, role: RoleRef): void {
    const team = this.team(teamId);
    const current = team.members.get(principalId);
    if (!current) throw new Error(`${principalId} is not in ${teamId}`);
    this.maps.put('teams', teamId, {
      ...team,
      members: team.members.with(principalId, { ...current, role }),
    });
  }

  /** A project role that differs from the team role (Team and Restricted projects). */
  overrideProjectRole(projectId: string, principalId: string, role: RoleRef): void {
    const project = this.maps.row('projects', projectId);
    if (!project) throw new Error(`unknown project ${projectId}`);
    this.maps.put('projects', projectId, {
      ...project,
      roleOverrides: project.roleOverrides.with(principalId, role),
    });
  }

  addServiceAccount(
    team: Team,
    name: string,
    apiKeyLast4: string,
    createdById: string,
    daysAgo: number,
  ): ServiceAccount {
    const account: ServiceAccount = {
      id: `sa-${team.name}-${name}`,
      teamId: team.id,
      name,
      apiKeyLast4,
      createdById,
      createdAt: this.clock.daysAgo(daysAgo),
    };
    this.maps.put('serviceAccounts', account.id, account);
    // Team service accounts act with the legacy Service role in their own team.
    this.addMember(team, account.id, 'service', daysAgo);
    return account;
  }

  addCustomRole(role: Omit<CustomRole, 'createdAt' | 'updatedAt'> & { createdDaysAgo: number }): CustomRole {
    const { createdDaysAgo, ...rest } = role;
    const at = this.clock.daysAgo(createdDaysAgo);
    const created: CustomRole = { ...rest, createdAt: at, updatedAt: at };
    this.maps.put('customRoles', created.id, created);
    return created;
  }

  addProject(spec: ProjectSpec): Project {
    const teamName = spec.teamId.replace(/^team-/, '');
    const at = this.clock.daysAgo(spec.createdDaysAgo);
    const project: Project = {
      id: `project-${teamName}-${spec.name}`,
      teamId: spec.teamId,
      name: spec.name,
      description: spec.description,
      ownerId: spec.ownerId,
      visibility: spec.visibility,
      restrictedMembers: spec.restrictedMembers ?? [],
      roleOverrides: Table.fromRecord(spec.roleOverrides ?? {}),
      createdAt: at,
      updatedAt: at,
    };
    this.maps.put('projects', project.id, project);
    return project;
  }

  addRun(projectId: string, name: string, authorId: string, state: RunState, daysAgo: number): Run {
    const run: Run = {
      id: `run-${++this.seq.run}`,
      projectId,
      name,
      authorId,
      state,
      createdAt: this.clock.daysAgo(daysAgo),
    };
    this.maps.put('runs', run.id, run);
    return run;
  }

  addReport(projectId: string, title: string, authorId: string, daysAgo: number): Report {
    const report: Report = {
      id: `report-${++this.seq.report}`,
      projectId,
      title,
      authorId,
      createdAt: this.clock.daysAgo(daysAgo),
    };
    this.maps.put('reports', report.id, report);
    return report;
  }

  addArtifact(projectId: string, name: string, authorId: string, daysAgo: number): Artifact {
    const artifact: Artifact = {
      id: `artifact-${++this.seq.artifact}`,
      projectId,
      name,
      authorId,
      createdAt: this.clock.daysAgo(daysAgo),
    };
    this.maps.put('artifacts', artifact.id, artifact);
    return artifact;
  }

  /** sentDaysAgo > the engine's INVITE_TTL_DAYS gives an expired invite (still `pending`: expiry is derived from expiresAt). */
  addInvite(invite: Omit<Invite, 'id' | 'sentAt' | 'expiresAt'> & { sentDaysAgo: number }): Invite {
    const { sentDaysAgo, ...rest } = invite;
    const sentAt = this.clock.daysAgo(sentDaysAgo);
    const created: Invite = {
      ...rest,
      id: `invite-${++this.seq.invite}`,
      sentAt,
      expiresAt: inviteExpiry(sentAt),
    };
    this.maps.put('invites', created.id, created);
    return created;
  }
}
