// The access-model rules a seeded (or replayed) world must satisfy. Returns human-readable
// violations rather than throwing, so a test can show every broken rule at once.
import { fullSeatsInUse, type RoleRef, type World } from '../../engine/index';

export const TEAM_NAME_PATTERN = /^[a-z0-9_-]{3,32}$/;

const isCustom = (role: RoleRef): boolean => role.startsWith('custom:');

export function findInvariantViolations(world: World): string[] {
  const out: string[] = [];
  const { users, teams, orgs, serviceAccounts, projects } = world;

  const admins = new Map<string, number>();
  for (const u of Object.values(users)) {
    if (u.orgId === null) continue;
    if (!orgs[u.orgId]) out.push(`${u.id} belongs to a missing org ${u.orgId}`);
    if (u.orgRole === 'admin') admins.set(u.orgId, (admins.get(u.orgId) ?? 0) + 1);
    if (u.orgRole === 'admin' && u.modelsSeat !== 'full') out.push(`admin ${u.id} lacks a Full seat`);
    if (u.orgRole === 'viewer' && (u.modelsSeat === 'full' || u.weaveAccess === 'full')) {
      out.push(`org viewer ${u.id} holds a Full seat`);
    }
  }
  for (const inv of Object.values(world.invites)) {
    for (const t of inv.teams)
      if (teams[t.teamId]?.orgId !== inv.orgId) out.push(`${inv.id} names a team of another org`);
  }

  const domains = new Set<string>();
  for (const org of Object.values(orgs)) {
    if ((admins.get(org.id) ?? 0) < 1) out.push(`org ${org.slug} has no admin`);
    // The engine's count (pending invites included) is the one that refuses a seat change.
    const used = fullSeatsInUse(world, org.id);
    if (used > org.fullSeatLimit) out.push(`org ${org.slug} uses ${used} Full seats of ${org.fullSeatLimit}`);
    for (const d of org.domains) {
      if (domains.has(d)) out.push(`domain ${d} claimed twice`);
      domains.add(d);
    }
    if (org.domains.length > 0 && org.deployment !== 'saas')
      out.push(`org ${org.slug} claims domains off SaaS`);
    const billing = org.billingAdminId ? users[org.billingAdminId] : undefined;
    if (org.billingAdminId && (billing?.orgId !== org.id || billing.orgRole === 'viewer')) {
      out.push(`org ${org.slug} billing admin is not an admin or member`);
    }
    if (org.defaultTeamId) {
      const t = teams[org.defaultTeamId];
      if (t?.orgId !== org.id || !t.settings.recommendForDomainSignups)
        out.push(`org ${org.slug} default team is invalid`);
    }
  }

  const enterprise = (orgId: string): boolean => orgs[orgId]?.plan === 'enterprise';
  for (const r of Object.values(world.customRoles))
    if (!enterprise(r.orgId)) out.push(`custom role ${r.id} outside Enterprise`);
  const checkRole = (orgId: string, pid: string, role: RoleRef, where: string): void => {
    const user = users[pid];
    const sa = serviceAccounts[pid];
    if (!user && !sa) return void out.push(`${where}: unknown principal ${pid}`);
    if (!enterprise(orgId) && (role === 'viewer' || role === 'service' || isCustom(role))) {
      out.push(`${where}: ${role} without Enterprise`);
    }
    if (isCustom(role)) {
      if (user?.orgRole !== 'member') out.push(`${where}: custom role on ${pid}, who is not an org Member`);
      if (world.customRoles[role.slice(7)]?.orgId !== orgId)
        out.push(`${where}: unknown custom role ${role}`);
    }
    if (user?.orgRole === 'viewer' && role !== 'viewer') out.push(`${where}: org viewer ${pid} is ${role}`);
  };

  const names = new Set<string>();
  for (const team of Object.values(teams)) {
    if (!TEAM_NAME_PATTERN.test(team.name)) out.push(`team name "${team.name}" is invalid`);
    if (names.has(team.name)) out.push(`team name "${team.name}" is not unique`);
    names.add(team.name);
    const entries = Object.entries(team.members);
    if (entries.length > 0 && !entries.some(([pid, m]) => m.role === 'admin' && users[pid])) {
      out.push(`team ${team.name} has no team admin`);
    }
    for (const [pid, m] of entries) {
      const where = `team ${team.name}`;
      if (users[pid] && users[pid].orgId !== team.orgId) out.push(`${where}: ${pid} is not in the org`);
      if (serviceAccounts[pid] && serviceAccounts[pid].teamId !== team.id)
        out.push(`${where}: foreign service account ${pid}`);
      checkRole(team.orgId, pid, m.role, where);
    }
  }
  for (const sa of Object.values(serviceAccounts)) {
    const team = teams[sa.teamId];
    if (!team || !enterprise(team.orgId)) out.push(`service account ${sa.id} outside an Enterprise team`);
  }

  const projectNames = new Set<string>();
  for (const p of Object.values(projects)) {
    const team = teams[p.teamId];
    if (!team) {
      out.push(`project ${p.id} has no team`);
      continue;
    }
    const key = `${p.teamId}/${p.name}`;
    if (projectNames.has(key)) out.push(`project name ${key} is not unique`);
    projectNames.add(key);
    if (!users[p.ownerId]) out.push(`project ${key} owner ${p.ownerId} does not exist`);
    if (team.settings.futureProjectsPrivate && (p.visibility === 'open' || p.visibility === 'public')) {
      out.push(`project ${key} is ${p.visibility} in a private-projects team`);
    }
    if (p.visibility !== 'restricted' && p.restrictedMembers.length > 0)
      out.push(`project ${key} lists restricted members`);
    for (const pid of p.restrictedMembers)
      if (!team.members[pid]) out.push(`project ${key}: restricted member ${pid} not in team`);
    if (
      p.visibility === 'restricted' &&
      team.members[p.ownerId] &&
      !p.restrictedMembers.includes(p.ownerId)
    ) {
      out.push(`project ${key}: owner is not a restricted member`);
    }
    const overrides = Object.entries(p.roleOverrides);
    if (overrides.length > 0 && (p.visibility === 'open' || p.visibility === 'public'))
      out.push(`project ${key}: overrides on ${p.visibility}`);
    for (const [pid, role] of overrides) {
      const m = team.members[pid];
      if (!m) out.push(`project ${key}: override for non-member ${pid}`);
      else if (m.role === 'viewer') out.push(`project ${key}: override for View-Only ${pid}`);
      else if (m.role === role) out.push(`project ${key}: override equals the team role for ${pid}`);
      checkRole(team.orgId, pid, role, `project ${key}`);
    }
  }
  for (const kind of ['runs', 'reports', 'artifacts'] as const) {
    for (const item of Object.values(world[kind])) {
      if (!projects[item.projectId]) out.push(`${item.id} is in a missing project`);
      if (!users[item.authorId] && !serviceAccounts[item.authorId])
        out.push(`${item.id} has an unknown author`);
    }
  }
  const usernames = new Set<string>();
  const emails = new Set<string>();
  for (const u of Object.values(users)) {
    if (usernames.has(u.username)) out.push(`username ${u.username} is not unique`);
    if (emails.has(u.email)) out.push(`email ${u.email} is not unique`);
    usernames.add(u.username);
    emails.add(u.email);
  }
  return out;
}
