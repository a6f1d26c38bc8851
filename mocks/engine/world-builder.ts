// The one world builder: the seed scenarios (mocks/db/scenarios) and the engine's tests build their
// worlds with it. Scenarios read as lists of facts ("Ava is an org admin", "vision hides itself") with
// readable ids (`user-ava`, `team-vision`) and ages from a clock; tests chain short facts named by id
// (`.user('ann', { orgRole: 'admin' })`) at T0. Rows are created once and never spread again, which
// keeps the 10,000-user scenario fast.
import type {
  Artifact,
  BaseRole,
  CustomRole,
  Invite,
  Org,
  OrgMembership,
  Project,
  Report,
  RoleRef,
  Run,
  RunState,
  ServiceAccount,
  Sweep,
  SweepMethod,
  Team,
  TeamMembership,
  TeamSettings,
  User,
  World,
} from './model';
import { inviteExpiry } from './ops/rules';
import { DEFAULT_TEAM_SETTINGS } from './ops/teams/settings';
import type { Permission } from './permissions';
import { Table } from './table';
import { WorldMaps } from './world-maps';

/** Seed timestamps as offsets from a base time (mocks/db/scenarios/time.ts makes one). */
export interface Clock {
  /** The base time, as an ISO string. */
  readonly base: string;
  daysAgo(days: number): string;
  hoursAgo(hours: number): string;
}

/** Tests state facts, not ages: every date is T0. */
export const T0 = '2025-01-01T00:00:00.000Z';
const AT_T0: Clock = { base: T0, daysAgo: () => T0, hoursAgo: () => T0 };

const titleCase = (id: string): string => id.charAt(0).toUpperCase() + id.slice(1);

/**
 * A user as a scenario states it, with their first org (null: outside every org): id defaults to
 * `user-<username>`, Weave access to the Models seat. More orgs: `joinOrg`.
 */
export type UserSpec = Pick<User, 'username' | 'name' | 'email'> &
  Pick<OrgMembership, 'orgRole' | 'modelsSeat'> & { orgId: string | null } & Partial<
    Pick<User, 'id'> & Pick<OrgMembership, 'weaveAccess' | 'joinedVia'>
  > & {
    joinedDaysAgo: number;
    /** null: never active. */
    lastActiveDaysAgo: number | null;
  };

/** A project as a scenario states it: id defaults to `project-<team name>-<name>`. */
export type ProjectSpec = Pick<Project, 'teamId' | 'name' | 'description' | 'ownerId' | 'visibility'> &
  Partial<Pick<Project, 'id' | 'restrictedMembers'>> & {
    roleOverrides?: Record<string, RoleRef>;
    createdDaysAgo: number;
  };

export class WorldBuilder {
  private readonly maps = new WorldMaps();
  private seq = { run: 0, report: 0, artifact: 0, invite: 0, sweep: 0 };
  /** Where the short facts (user, team, customRole) put their rows: the last org(). */
  private currentOrg = '';
  /** Teams whose members changed since they were last read (liveMembers). */
  private readonly pendingMembers = new Map<string, { team: Team; members: Map<string, TeamMembership> }>();

  constructor(readonly clock: Clock = AT_T0) {}

  /** The world so far: valid until the next add (see WorldMaps). */
  get world(): World {
    this.settleMembers();
    return this.maps.world;
  }

  /** The world, sealed: no more adds. */
  build(): World {
    this.settleMembers();
    return this.maps.build();
  }

  addOrg(
    org: Omit<Org, 'createdAt' | 'trialEndsAt' | 'accessContact'> &
      Partial<Pick<Org, 'trialEndsAt' | 'accessContact'>> & { createdDaysAgo: number },
  ): Org {
    const { createdDaysAgo, ...rest } = org;
    const created: Org = {
      trialEndsAt: null,
      accessContact: null,
      ...rest,
      createdAt: this.clock.daysAgo(createdDaysAgo),
    };
    this.maps.put('orgs', created.id, created);
    return created;
  }

  addUser(spec: UserSpec): User {
    const user: User = {
      id: spec.id ?? `user-${spec.username}`,
      username: spec.username,
      name: spec.name,
      email: spec.email,
      orgs:
        spec.orgId === null
          ? []
          : [
              {
                orgId: spec.orgId,
                orgRole: spec.orgRole,
                modelsSeat: spec.modelsSeat,
                weaveAccess: spec.weaveAccess ?? spec.modelsSeat,
                joinedVia: spec.joinedVia ?? 'seed',
                joinedAt: this.clock.daysAgo(spec.joinedDaysAgo),
              },
            ],
      defaultOrgId: spec.orgId,
      lastActiveAt: spec.lastActiveDaysAgo === null ? null : this.clock.hoursAgo(spec.lastActiveDaysAgo * 24),
    };
    this.maps.put('users', user.id, user);
    return user;
  }

  /** A person already in the world joins one more org (W&B: people may belong to several). */
  addMembership(
    userId: string,
    m: Pick<OrgMembership, 'orgId' | 'orgRole' | 'modelsSeat'> & Partial<Pick<OrgMembership, 'weaveAccess'>>,
    joinedDaysAgo = 0,
  ): void {
    const user = this.maps.row('users', userId);
    if (!user) throw new Error(`unknown user ${userId}`);
    const membership: OrgMembership = {
      weaveAccess: m.modelsSeat,
      joinedVia: 'seed',
      joinedAt: this.clock.daysAgo(joinedDaysAgo),
      ...m,
    };
    this.maps.put('users', userId, { ...user, orgs: [...user.orgs, membership] });
  }

  addTeam(
    orgId: string,
    name: string,
    settings: Partial<TeamSettings>,
    createdDaysAgo: number,
    id = `team-${name}`,
  ): Team {
    const team: Team = {
      id,
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
    this.liveMembers(team).set(principalId, { role, joinedAt: this.clock.daysAgo(joinedDaysAgo) });
  }

  /** Whether the principal is in the team now (without settling the team's row). */
  isMember(teamId: string, principalId: string): boolean {
    const live = this.pendingMembers.get(teamId)?.members;
    return live ? live.has(principalId) : (this.maps.row('teams', teamId)?.members.has(principalId) ?? false);
  }

  /** A team as it is now (members added since it was created included). */
  teamNow(teamId: string): Team {
    this.settleMembers();
    const team = this.maps.row('teams', teamId);
    if (!team) throw new Error(`unknown team ${teamId}`);
    return team;
  }

  setTeamRole(teamId: string, principalId: string, role: RoleRef): void {
    const live = this.liveMembers(this.teamNow(teamId));
    const current = live.get(principalId);
    if (!current) throw new Error(`${principalId} is not in ${teamId}`);
    live.set(principalId, { ...current, role });
  }

  /**
   * A team's members while they are being added: one Map written in place, made the team's Table when
   * the team is read (teamNow, world). A Table per added member copied its overlay each time, which
   * made a team of n members cost n²/2 (most of the large scenario's build, with its garbage). A Map
   * keeps the same order: a member's place is where they were first added.
   */
  private liveMembers(team: Team): Map<string, TeamMembership> {
    let pending = this.pendingMembers.get(team.id);
    if (pending === undefined) {
      const current = this.maps.row('teams', team.id) ?? team;
      pending = { team: current, members: new Map(current.members.entries()) };
      this.pendingMembers.set(team.id, pending);
    }
    return pending.members;
  }

  private settleMembers(): void {
    for (const [teamId, { team, members }] of this.pendingMembers) {
      const current = this.maps.row('teams', teamId) ?? team;
      this.maps.put('teams', teamId, { ...current, members: Table.adopt(members) });
    }
    this.pendingMembers.clear();
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
    { id = `sa-${team.name}-${name}`, role = 'service' }: { id?: string; role?: RoleRef } = {},
  ): ServiceAccount {
    const account: ServiceAccount = {
      id,
      teamId: team.id,
      name,
      apiKeyLast4,
      createdById,
      createdAt: this.clock.daysAgo(daysAgo),
    };
    this.maps.put('serviceAccounts', account.id, account);
    // Team service accounts act with the legacy Service role in their own team.
    this.addMember(team, account.id, role, daysAgo);
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
      id: spec.id ?? `project-${teamName}-${spec.name}`,
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

  addRun(
    projectId: string,
    name: string,
    authorId: string,
    state: RunState,
    daysAgo: number,
    id = `run-${++this.seq.run}`,
  ): Run {
    const run: Run = {
      id,
      projectId,
      name,
      authorId,
      state,
      createdAt: this.clock.daysAgo(daysAgo),
    };
    this.maps.put('runs', run.id, run);
    return run;
  }

  addReport(
    projectId: string,
    title: string,
    authorId: string,
    daysAgo: number,
    id = `report-${++this.seq.report}`,
  ): Report {
    const report: Report = {
      id,
      projectId,
      title,
      authorId,
      createdAt: this.clock.daysAgo(daysAgo),
    };
    this.maps.put('reports', report.id, report);
    return report;
  }

  /** A report's later state: followers, comments, a magic link (rows are otherwise written once). */
  editReport(id: string, edit: Partial<Omit<Report, 'id' | 'projectId'>>): Report {
    const report = this.maps.row('reports', id);
    if (!report) throw new Error(`No report ${id}`);
    return this.maps.put('reports', id, { ...report, ...edit });
  }

  addArtifact(
    projectId: string,
    name: string,
    authorId: string,
    daysAgo: number,
    id = `artifact-${++this.seq.artifact}`,
  ): Artifact {
    const artifact: Artifact = {
      id,
      projectId,
      name,
      authorId,
      createdAt: this.clock.daysAgo(daysAgo),
    };
    this.maps.put('artifacts', artifact.id, artifact);
    return artifact;
  }

  addSweep(
    projectId: string,
    name: string,
    method: SweepMethod,
    authorId: string,
    daysAgo: number,
    id = `sweep-${++this.seq.sweep}`,
  ): Sweep {
    const sweep: Sweep = { id, projectId, name, method, authorId, createdAt: this.clock.daysAgo(daysAgo) };
    this.maps.put('sweeps', sweep.id, sweep);
    return sweep;
  }

  /** A run an agent of the sweep logged (by the sweep's author unless said otherwise). */
  addSweepRun(sweep: Sweep, id: string, state: RunState, daysAgo: number, authorId = sweep.authorId): Run {
    const run = this.addRun(sweep.projectId, id, authorId, state, daysAgo, id);
    const inSweep: Run = { ...run, sweepId: sweep.id };
    this.maps.put('runs', run.id, inSweep);
    return inSweep;
  }

  /** A run logged with a service account's API key, attributed to authorId (the account itself or a person). */
  addServiceRun(projectId: string, id: string, accountId: string, authorId: string, daysAgo: number): Run {
    const run: Run = {
      ...this.addRun(projectId, id, authorId, 'finished', daysAgo, id),
      loggedById: accountId,
    };
    this.maps.put('runs', run.id, run);
    return run;
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

  // Short facts for tests, each a row named by its id (`bea` → "Bea", bea@<org>.com), at T0.

  org(id: string, o: Partial<Org> = {}): this {
    this.addOrg({
      id,
      slug: id,
      name: titleCase(id),
      deployment: 'saas',
      plan: 'enterprise',
      domains: [],
      defaultTeamId: null,
      ssoProvisioning: false,
      billingAdminId: null,
      fullSeatLimit: 100,
      enforcements: {},
      createdDaysAgo: 0,
      ...o,
    });
    this.currentOrg = id;
    return this;
  }

  user(id: string, u: Partial<Omit<UserSpec, 'id'>> = {}): this {
    const orgRole = u.orgRole ?? 'member';
    const seat = orgRole === 'viewer' ? 'viewer' : 'full';
    this.addUser({
      id,
      username: id,
      name: titleCase(id),
      email: `${id}@${this.currentOrg}.com`,
      orgId: this.currentOrg,
      orgRole,
      modelsSeat: seat,
      weaveAccess: seat,
      joinedDaysAgo: 0,
      lastActiveDaysAgo: null,
      ...u,
    });
    return this;
  }

  /** A person of another org (already built) also joins the current org. */
  alsoMember(id: string, orgRole: OrgMembership['orgRole'] = 'member'): this {
    this.addMembership(id, {
      orgId: this.currentOrg,
      orgRole,
      modelsSeat: orgRole === 'viewer' ? 'viewer' : 'full',
    });
    return this;
  }

  team(name: string, members: Record<string, RoleRef>, settings: Partial<TeamSettings> = {}): this {
    const team = this.addTeam(this.currentOrg, name, settings, 0, name);
    for (const [id, role] of Object.entries(members)) this.addMember(team, id, role, 0);
    return this;
  }

  serviceAccount(id: string, teamId: string, role: RoleRef = 'member'): this {
    this.addServiceAccount(this.teamNow(teamId), id, 'abcd', 'x', 0, { id, role });
    return this;
  }

  project(name: string, teamId: string, p: Partial<Omit<ProjectSpec, 'id' | 'teamId' | 'name'>> = {}): this {
    this.addProject({
      id: name,
      teamId,
      name,
      description: '',
      ownerId: '',
      visibility: 'team',
      createdDaysAgo: 0,
      ...p,
    });
    return this;
  }

  run(id: string, projectId: string, authorId: string): this {
    this.addRun(projectId, id, authorId, 'running', 0, id);
    return this;
  }

  report(id: string, projectId: string, authorId: string): this {
    this.addReport(projectId, id, authorId, 0, id);
    return this;
  }

  artifact(id: string, projectId: string, authorId: string): this {
    this.addArtifact(projectId, id, authorId, 0, id);
    return this;
  }

  sweep(id: string, projectId: string, authorId: string): this {
    this.addSweep(projectId, id, 'random', authorId, 0, id);
    return this;
  }

  /** A run of a sweep (by the sweep's author unless authorId says otherwise). */
  sweepRun(id: string, sweepId: string, authorId?: string): this {
    const sweep = this.maps.row('sweeps', sweepId);
    if (!sweep) throw new Error(`No sweep ${sweepId}`);
    this.addSweepRun(sweep, id, 'running', 0, authorId);
    return this;
  }

  customRole(id: string, base: BaseRole, added: Permission[], name = titleCase(id)): this {
    this.addCustomRole({ id, orgId: this.currentOrg, name, description: '', base, added, createdDaysAgo: 0 });
    return this;
  }
}
