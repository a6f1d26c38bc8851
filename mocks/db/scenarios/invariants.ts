// The access-model rules a seeded (or replayed) world must satisfy. Returns human-readable
// violations rather than throwing, so a test can show every broken rule at once.
import {
  belongsTo,
  fullSeatsInUse,
  isRoleRef,
  memberOf,
  membershipOf,
  reservedTeamName,
  type RoleRef,
  type World,
} from '../../engine/index';

export const TEAM_NAME_PATTERN = /^[a-z0-9_-]{3,32}$/;

const isCustom = (role: RoleRef): boolean => role.startsWith('custom:');

export function findInvariantViolations(world: World): string[] {
  const out: string[] = [];
  const { users, teams, orgs, serviceAccounts, projects } = world;

  const admins = new Map<string, number>();
  for (const u of users.values()) {
    const seen = new Set<string>();
    for (const m of u.orgs) {
      if (seen.has(m.orgId)) out.push(`${u.id} is in org ${m.orgId} twice`);
      seen.add(m.orgId);
      if (!orgs.get(m.orgId)) out.push(`${u.id} belongs to a missing org ${m.orgId}`);
      if (m.orgRole === 'admin') admins.set(m.orgId, (admins.get(m.orgId) ?? 0) + 1);
      if (m.orgRole === 'admin' && m.modelsSeat !== 'full') out.push(`admin ${u.id} lacks a Full seat`);
      if (m.orgRole === 'viewer' && (m.modelsSeat === 'full' || m.weaveAccess === 'full')) {
        out.push(`org viewer ${u.id} holds a Full seat`);
      }
    }
    if (u.defaultOrgId !== null && !seen.has(u.defaultOrgId))
      out.push(`${u.id}'s Default API organization is not one of their orgs`);
    if (u.defaultOrgId === null && u.orgs.length > 0)
      out.push(`${u.id} has orgs but no Default API organization`);
  }
  for (const inv of world.invites.values()) {
    for (const t of inv.teams)
      if (teams.get(t.teamId)?.orgId !== inv.orgId) out.push(`${inv.id} names a team of another org`);
  }

  const domains = new Set<string>();
  for (const org of orgs.values()) {
    if ((admins.get(org.id) ?? 0) < 1) out.push(`org ${org.slug} has no admin`);
    // The engine's count (pending invites included) is the one that refuses a seat change.
    const used = fullSeatsInUse(world, org.id);
    if (used > org.fullSeatLimit) out.push(`org ${org.slug} uses ${used} Full seats of ${org.fullSeatLimit}`);
    for (const d of org.domains) {
      if (domains.has(d)) out.push(`domain ${d} claimed twice`);
      domains.add(d);
    }
    const billing = org.billingAdminId ? users.get(org.billingAdminId) : undefined;
    const billingRole = billing ? membershipOf(billing, org.id)?.orgRole : undefined;
    if (org.billingAdminId && (billingRole === undefined || billingRole === 'viewer')) {
      out.push(`org ${org.slug} billing admin is not an admin or member`);
    }
    if (org.defaultTeamId) {
      const t = teams.get(org.defaultTeamId);
      if (t?.orgId !== org.id || !t.settings.recommendForDomainSignups)
        out.push(`org ${org.slug} default team is invalid`);
    }
  }

  const enterprise = (orgId: string): boolean => orgs.get(orgId)?.plan === 'enterprise';
  for (const r of world.customRoles.values())
    if (!enterprise(r.orgId)) out.push(`custom role ${r.id} outside Enterprise`);
  const checkRole = (orgId: string, pid: string, role: RoleRef, where: string): void => {
    const user = memberOf(world, pid, orgId);
    const sa = serviceAccounts.get(pid);
    if (!user && !sa) return void out.push(`${where}: unknown principal ${pid}`);
    if (!isRoleRef(role)) return void out.push(`${where}: ${pid} holds "${role}", which is no role`);
    if (!enterprise(orgId) && (role === 'viewer' || role === 'service' || isCustom(role))) {
      out.push(`${where}: ${role} without Enterprise`);
    }
    if (isCustom(role)) {
      if (user?.orgRole !== 'member') out.push(`${where}: custom role on ${pid}, who is not an org Member`);
      if (world.customRoles.get(role.slice(7))?.orgId !== orgId)
        out.push(`${where}: unknown custom role ${role}`);
    }
    if (user?.orgRole === 'viewer' && role !== 'viewer') out.push(`${where}: org viewer ${pid} is ${role}`);
  };

  const names = new Set<string>();
  for (const team of teams.values()) {
    if (!TEAM_NAME_PATTERN.test(team.name) || reservedTeamName(team.name))
      out.push(`team name "${team.name}" is invalid`);
    if (names.has(team.name)) out.push(`team name "${team.name}" is not unique`);
    names.add(team.name);
    const entries = team.members.entries();
    if (entries.length > 0 && !entries.some(([pid, m]) => m.role === 'admin' && users.get(pid))) {
      out.push(`team ${team.name} has no team admin`);
    }
    for (const [pid, m] of entries) {
      const where = `team ${team.name}`;
      const user = users.get(pid);
      const account = serviceAccounts.get(pid);
      if (user && !belongsTo(user, team.orgId)) out.push(`${where}: ${pid} is not in the org`);
      if (account && account.teamId !== team.id) out.push(`${where}: foreign service account ${pid}`);
      checkRole(team.orgId, pid, m.role, where);
    }
  }
  for (const sa of serviceAccounts.values()) {
    const team = teams.get(sa.teamId);
    if (!team || !enterprise(team.orgId)) out.push(`service account ${sa.id} outside an Enterprise team`);
  }

  const projectNames = new Set<string>();
  for (const p of projects.values()) {
    const team = teams.get(p.teamId);
    if (!team) {
      out.push(`project ${p.id} has no team`);
      continue;
    }
    const key = `${p.teamId}/${p.name}`;
    if (projectNames.has(key)) out.push(`project name ${key} is not unique`);
    projectNames.add(key);
    if (!users.get(p.ownerId)) out.push(`project ${key} owner ${p.ownerId} does not exist`);
    // Listed: team members, and org admins who joined (§6.1 "org admins … may Join them").
    const joinedAdmin = (pid: string): boolean => memberOf(world, pid, team.orgId)?.orgRole === 'admin';
    for (const pid of p.restrictedMembers)
      if (!team.members.has(pid) && !joinedAdmin(pid))
        out.push(`project ${key}: restricted member ${pid} not in team`);
    if (
      p.visibility === 'restricted' &&
      team.members.get(p.ownerId) &&
      !p.restrictedMembers.includes(p.ownerId)
    ) {
      out.push(`project ${key}: owner is not a restricted member`);
    }
    // Project roles and the invited list stay while a project is Open, Public or Team (ADR 0004).
    const overrides = p.roleOverrides.entries();
    for (const [pid, role] of overrides) {
      const m = team.members.get(pid);
      if (!m) out.push(`project ${key}: override for non-member ${pid}`);
      else if (m.role === 'viewer') out.push(`project ${key}: override for View-Only ${pid}`);
      else if (m.role === role) out.push(`project ${key}: override equals the team role for ${pid}`);
      checkRole(team.orgId, pid, role, `project ${key}`);
    }
  }
  for (const kind of ['runs', 'reports', 'artifacts', 'sweeps'] as const) {
    for (const item of world[kind].values())
      if (!projects.get(item.projectId)) out.push(`${item.id} is in a missing project`);
  }
  for (const run of world.runs.values()) {
    const sweep = run.sweepId === undefined ? null : world.sweeps.get(run.sweepId);
    if (sweep === undefined || (sweep && sweep.projectId !== run.projectId))
      out.push(`${run.id} names a sweep not in its project`);
  }
  const usernames = new Set<string>();
  const emails = new Set<string>();
  for (const u of users.values()) {
    if (usernames.has(u.username)) out.push(`username ${u.username} is not unique`);
    if (emails.has(u.email)) out.push(`email ${u.email} is not unique`);
    usernames.add(u.username);
    emails.add(u.email);
  }
  return out;
}

/**
 * A seeded world also names only known authors and starts private-projects teams private. (Later, work outlives its author: a deleted service
 * account's runs stay, as a removed person's do, so this is no rule of the running world.)
 */
export function findSeedViolations(world: World): string[] {
  const out = findInvariantViolations(world);
  for (const kind of ['runs', 'reports', 'artifacts', 'sweeps'] as const) {
    for (const item of world[kind].values())
      if (!world.users.has(item.authorId) && !world.serviceAccounts.has(item.authorId))
        out.push(`${item.id} has an unknown author`);
  }
  // "Make all future team projects private" leaves existing projects as they are; a seed shows it on.
  for (const p of world.projects.values()) {
    const team = world.teams.get(p.teamId);
    if (team?.settings.futureProjectsPrivate && (p.visibility === 'open' || p.visibility === 'public'))
      out.push(`project ${team.name}/${p.name} is ${p.visibility} in a private-projects team`);
  }
  return out;
}
