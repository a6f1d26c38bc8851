// Random operations over the default scenario, for the random-sequence test and the audit-log bench:
// every kind of operation, by every kind of actor, with ids taken from the world as it is at that step
// (and now and then an id that names nothing, or one of JavaScript's own property names).
import { belongsTo, membershipOf, type Actor, type Operation, type World } from '../../engine/index';

export const RANDOM_OPS_BASE = '2026-11-01T12:00:00.000Z';
const AT = '2026-11-02T12:00:00.000Z';
export const RANDOM_OPS_ORG = 'org-acme-ml';
/** The org the operations act on: Acme in the default scenario, else the world's first org. */
const org = (w: World): string =>
  w.orgs.has(RANDOM_OPS_ORG) ? RANDOM_OPS_ORG : (w.orgs.keys()[0] ?? 'ghost');
const PROTO = ['constructor', '__proto__', 'valueOf', 'hasOwnProperty'];

/** Picks from a list by a random number; an empty list (or one pick in eight) gives a junk id. */
const pickOf =
  (n: number) =>
  <T extends string>(items: readonly T[]): T | string =>
    items.length === 0 || n % 8 === 7 ? (PROTO[n % PROTO.length] ?? 'ghost') : (items[n % items.length] as T);

type Builder = (w: World, r: number[]) => Operation;
const ROLES = ['admin', 'member', 'viewer', 'service', 'custom:role-launch-manager', 'custom:ghost'] as const;
const ORG_ROLES = ['admin', 'member', 'viewer'] as const;
const SEATS = ['full', 'viewer', 'none'] as const;
const VIS = ['open', 'public', 'team', 'restricted'] as const;
const SETTINGS = ['hidden', 'futureProjectsPrivate', 'membersCanInvite', 'noPublicReportsInPrivateProjects',
  'recommendForDomainSignups', 'codeSavingByDefault', 'autoAddNewUsers'] as const; // prettier-ignore
const ENFORCEABLE = ['hidden', 'futureProjectsPrivate', 'membersCanInvite', 'noPublicReportsInPrivateProjects',
  'codeSavingByDefault'] as const; // prettier-ignore
const TEAM_NAMES = ['new-team', 'vision', 'account-settings', 'Bad Name', 'x'];
const DOMAINS = ['newco.example', 'acme-ml.com', 'globex.com'];

const $ = (r: number[], i: number): number => r[i] ?? 0;
const ids = (w: World) => ({
  users: w.users.keys(),
  members: w.users
    .values()
    .filter((u) => belongsTo(u, org(w)))
    .map((u) => u.id),
  teams: w.teams.keys(),
  projects: w.projects.keys(),
  invites: w.invites.keys(),
  roles: w.customRoles.keys(),
  runs: w.runs.keys(),
  accounts: w.serviceAccounts.keys(),
  principals: [...w.users.keys(), ...w.serviceAccounts.keys()],
});
const person = (r: number[], domain: string) => {
  const n = $(r, 7) % 50;
  return { id: `user-new${n}`, username: `new${n}`, name: `New ${n}`, email: `new${n}@${domain}` };
};

/** One builder per operation type (a Record: the compiler says when a type is missing); r: random picks. */
export const BUILDERS: Record<Operation['type'], Builder> = {
  'org.rename': (w, r) => ({
    type: 'org.rename',
    orgId: org(w),
    name: pickOf($(r, 0))(['Acme', ' ', 'A'.repeat(80)]),
  }),
  'org.claimDomain': (w, r) => ({ type: 'org.claimDomain', orgId: org(w), domain: pickOf($(r, 0))(DOMAINS) }),
  'org.releaseDomain': (w, r) => ({
    type: 'org.releaseDomain',
    orgId: org(w),
    domain: pickOf($(r, 0))(w.orgs.get(org(w))?.domains ?? []),
  }),
  'org.setDefaultTeam': (w, r) => ({
    type: 'org.setDefaultTeam',
    orgId: org(w),
    teamId: $(r, 1) % 4 === 0 ? null : pickOf($(r, 0))(ids(w).teams),
  }),
  'org.setSsoProvisioning': (w, r) => ({
    type: 'org.setSsoProvisioning',
    orgId: org(w),
    enabled: $(r, 0) % 2 === 0,
  }),
  'org.setBillingAdmin': (w, r) => ({
    type: 'org.setBillingAdmin',
    orgId: org(w),
    userId: pickOf($(r, 0))(ids(w).users),
  }),
  'org.setEnforcement': (w, r) => ({
    type: 'org.setEnforcement',
    orgId: org(w),
    setting: ENFORCEABLE[$(r, 0) % ENFORCEABLE.length] ?? 'hidden',
    value: $(r, 1) % 3 === 0 ? null : $(r, 1) % 3 === 1,
  }),
  'member.setOrgRole': (w, r) => ({
    type: 'member.setOrgRole',
    orgId: org(w),
    userId: pickOf($(r, 0))(ids(w).members),
    role: ORG_ROLES[$(r, 1) % 3] ?? 'member',
  }),
  'member.setSeat': (w, r) => ({
    type: 'member.setSeat',
    orgId: org(w),
    userId: pickOf($(r, 0))(ids(w).members),
    ...($(r, 2) % 3 !== 0 ? { modelsSeat: SEATS[$(r, 1) % 3] } : {}),
    ...($(r, 2) % 3 !== 1 ? { weaveAccess: SEATS[$(r, 3) % 3] } : {}),
  }),
  'member.remove': (w, r) => ({
    type: 'member.remove',
    orgId: org(w),
    userId: pickOf($(r, 0))(ids(w).members),
  }),
  'invite.create': (w, r) => ({
    type: 'invite.create',
    invite: {
      id: `invite-r${$(r, 0) % 40}`,
      orgId: org(w),
      email:
        $(r, 1) % 3 === 0
          ? pickOf($(r, 2))(w.users.values().map((u) => u.username))
          : `inv${$(r, 2) % 30}@example.com`,
      orgRole: ORG_ROLES[$(r, 3) % 3] ?? 'member',
      modelsSeat: SEATS[$(r, 4) % 3] ?? 'full',
      weaveAccess: SEATS[$(r, 5) % 3] ?? 'full',
      teams:
        $(r, 6) % 2 === 0
          ? []
          : [{ teamId: pickOf($(r, 6))(ids(w).teams), role: ROLES[$(r, 7) % ROLES.length] ?? 'member' }],
      invitedById: 'user-achen',
      sentAt: AT,
      expiresAt: '2026-11-09T12:00:00.000Z',
      status: 'pending',
    },
  }),
  'invite.resend': (w, r) => ({
    type: 'invite.resend',
    inviteId: pickOf($(r, 0))(ids(w).invites),
    sentAt: AT,
    expiresAt: '2026-11-09T12:00:00.000Z',
  }),
  'invite.revoke': (w, r) => ({ type: 'invite.revoke', inviteId: pickOf($(r, 0))(ids(w).invites) }),
  'invite.update': (w, r) => ({
    type: 'invite.update',
    inviteId: pickOf($(r, 0))(ids(w).invites),
    ...($(r, 1) % 2 === 0 ? { orgRole: ORG_ROLES[$(r, 2) % 3] } : {}),
    ...($(r, 3) % 2 === 0 ? { modelsSeat: SEATS[$(r, 4) % 3] } : {}),
    ...($(r, 5) % 3 === 0
      ? {
          teams: [{ teamId: pickOf($(r, 6))(ids(w).teams), role: ROLES[$(r, 7) % ROLES.length] ?? 'member' }],
        }
      : {}),
  }),
  'invite.accept': (w, r) => {
    const invite = w.invites.get(pickOf($(r, 0))(ids(w).invites));
    const existing = w.users.values().find((u) => u.email === invite?.email || u.username === invite?.email);
    const fresh = { ...person(r, 'example.com'), email: invite?.email ?? 'x@example.com' };
    return {
      type: 'invite.accept',
      inviteId: invite?.id ?? 'ghost',
      person:
        existing && $(r, 1) % 4 !== 0
          ? { id: existing.id, username: existing.username, name: existing.name, email: existing.email }
          : fresh,
      at: AT,
    };
  },
  signup: (w, r) => {
    const base = { type: 'signup' as const, person: person(r, pickOf($(r, 0))(DOMAINS)), at: AT };
    const n = $(r, 1) % 4;
    if (n === 1) return { ...base, teamIds: [pickOf($(r, 2))(ids(w).teams)] };
    if (n === 2) {
      const slug = `newco-${$(r, 3) % 3}`;
      return {
        ...base,
        newOrg: {
          id: `org-${slug}`,
          slug,
          name: `Newco ${$(r, 3) % 3}`,
          teamId: `team-${slug}`,
          teamName: pickOf($(r, 4))([slug, ...TEAM_NAMES]),
        },
      };
    }
    return base;
  },
  // Refused on any scenario: the world already has people.
  'instance.setup': (_w, r) => ({
    type: 'instance.setup',
    person: person(r, 'newco.example'),
    org: { id: 'org-first', slug: 'first', name: 'First', teamId: 'team-first', teamName: 'first' },
    at: AT,
  }),
  // Mostly an admin's own key (admins act most often), now and then anyone's (refused unless theirs).
  'apiKey.create': (w, r) => ({
    type: 'apiKey.create',
    userId: pickOf($(r, 0))($(r, 3) % 4 === 0 ? ids(w).users : adminIds(w)),
    key: {
      id: `key-${$(r, 1) % 4}`,
      name: pickOf($(r, 2))(['laptop', ' ']),
      hash: 'ab'.repeat(32),
      last4: 'abcd',
      createdAt: AT,
    },
  }),
  'apiKey.revoke': (w, r) => {
    const holders = w.users.values().filter((u) => (u.apiKeys ?? []).length > 0).map((u) => u.id);
    const userId = pickOf($(r, 0))(holders.length > 0 ? holders : adminIds(w));
    const keys = w.users.get(userId)?.apiKeys?.map((k) => k.id) ?? [];
    return { type: 'apiKey.revoke', userId, keyId: pickOf($(r, 1))(keys) };
  },
  'person.setDefaultOrg': (w, r) => {
    const userId = pickOf($(r, 0))(ids(w).users);
    // Mostly one of the person's own orgs (allowed), sometimes any org (refused unless theirs).
    const own = w.users.get(userId)?.orgs.map((m) => m.orgId) ?? [];
    const orgs = $(r, 2) % 4 === 0 || own.length === 0 ? [...w.orgs.keys()] : own;
    return { type: 'person.setDefaultOrg', userId, orgId: pickOf($(r, 1))(orgs) };
  },
  'team.joinByDomain': (w, r) => ({
    type: 'team.joinByDomain',
    teamId: pickOf($(r, 0))(ids(w).teams),
    at: AT,
  }),
  'org.setAccessContact': (w, r) => ({
    type: 'org.setAccessContact',
    orgId: pickOf($(r, 0))(w.orgs.keys()),
    email: $(r, 1) % 3 === 0 ? null : $(r, 1) % 3 === 1 ? 'it@acme-ml.com' : 'not an email',
  }),
  'sso.signIn': (w, r) => ({
    type: 'sso.signIn',
    orgId: org(w),
    person: person(r, pickOf($(r, 0))(DOMAINS)),
    at: AT,
  }),
  'team.create': (w, r) => {
    const name = pickOf($(r, 0))(TEAM_NAMES);
    return {
      type: 'team.create',
      id: `team-r${$(r, 1) % 5}`,
      orgId: org(w),
      name,
      storage: { kind: 'managed' },
      at: AT,
    };
  },
  'team.delete': (w, r) => ({ type: 'team.delete', teamId: pickOf($(r, 0))(ids(w).teams) }),
  'team.updateSettings': (w, r) => ({
    type: 'team.updateSettings',
    teamId: pickOf($(r, 0))(ids(w).teams),
    settings: { [SETTINGS[$(r, 1) % SETTINGS.length] ?? 'hidden']: $(r, 2) % 2 === 0 },
  }),
  'team.addMember': (w, r) => ({
    type: 'team.addMember',
    teamId: pickOf($(r, 0))(ids(w).teams),
    principalId: pickOf($(r, 1))(ids(w).principals),
    role: ROLES[$(r, 2) % ROLES.length] ?? 'member',
    at: AT,
  }),
  'team.setRole': (w, r) => {
    const team = w.teams.get(pickOf($(r, 0))(ids(w).teams));
    return {
      type: 'team.setRole',
      teamId: team?.id ?? 'ghost',
      principalId: pickOf($(r, 1))(team?.members.keys() ?? []),
      role: ROLES[$(r, 2) % ROLES.length] ?? 'member',
    };
  },
  'team.removeMember': (w, r) => {
    const team = w.teams.get(pickOf($(r, 0))(ids(w).teams));
    return {
      type: 'team.removeMember',
      teamId: team?.id ?? 'ghost',
      principalId: pickOf($(r, 1))(team?.members.keys() ?? []),
    };
  },
  'serviceAccount.create': (w, r) => ({
    type: 'serviceAccount.create',
    account: {
      id: `sa-r${$(r, 0) % 5}`,
      teamId: pickOf($(r, 1))(ids(w).teams),
      name: 'bot',
      apiKeyLast4: 'abcd',
      createdById: 'user-achen',
      createdAt: AT,
    },
  }),
  'serviceAccount.delete': (w, r) => ({
    type: 'serviceAccount.delete',
    serviceAccountId: pickOf($(r, 0))(ids(w).accounts),
  }),
  'role.create': (w, r) => ({
    type: 'role.create',
    role: {
      id: `role-r${$(r, 0) % 4}`,
      orgId: org(w),
      name: pickOf($(r, 1))(['Runner', 'Admin', 'Launch Manager']),
      description: '',
      base: $(r, 2) % 2 === 0 ? 'viewer' : 'member',
      added: ['run:delete'],
      createdAt: AT,
      updatedAt: AT,
    },
  }),
  'role.update': (w, r) => ({
    type: 'role.update',
    roleId: pickOf($(r, 0))(ids(w).roles),
    base: $(r, 1) % 2 === 0 ? 'viewer' : 'member',
    added: ['launch:queue_create'],
    at: AT,
  }),
  'role.delete': (w, r) => ({ type: 'role.delete', roleId: pickOf($(r, 0))(ids(w).roles) }),
  'project.create': (w, r) => ({
    type: 'project.create',
    project: {
      id: `project-r${$(r, 0) % 5}`,
      teamId: pickOf($(r, 1))(ids(w).teams),
      name: `r-${$(r, 0) % 5}`,
      description: '',
      ownerId: pickOf($(r, 2))(ids(w).users),
      visibility: VIS[$(r, 3) % 4] ?? 'team',
      restrictedMembers: $(r, 4) % 2 === 0 ? [] : [pickOf($(r, 5))(ids(w).principals)],
      createdAt: AT,
      updatedAt: AT,
    },
  }),
  'project.update': (w, r) => ({
    type: 'project.update',
    projectId: pickOf($(r, 0))(ids(w).projects),
    at: AT,
    ...($(r, 1) % 2 === 0 ? { visibility: VIS[$(r, 2) % 4] } : {}),
    ...($(r, 3) % 3 === 0 ? { ownerId: pickOf($(r, 4))(ids(w).users) } : {}),
  }),
  'project.addMember': (w, r) => ({
    type: 'project.addMember',
    projectId: pickOf($(r, 0))(ids(w).projects),
    principalId: pickOf($(r, 1))(ids(w).principals),
  }),
  'project.removeMember': (w, r) => {
    const p = w.projects.get(pickOf($(r, 0))(ids(w).projects));
    return {
      type: 'project.removeMember',
      projectId: p?.id ?? 'ghost',
      principalId: pickOf($(r, 1))(p?.restrictedMembers ?? []),
    };
  },
  'project.join': (w, r) => ({ type: 'project.join', projectId: pickOf($(r, 0))(ids(w).projects), at: AT }),
  'project.setRole': (w, r) => {
    const p = w.projects.get(pickOf($(r, 0))(ids(w).projects));
    const team = p ? w.teams.get(p.teamId) : undefined;
    return {
      type: 'project.setRole',
      projectId: p?.id ?? 'ghost',
      principalId: pickOf($(r, 1))(team?.members.keys() ?? []),
      role: ROLES[$(r, 2) % ROLES.length] ?? 'member',
    };
  },
  'run.move': (w, r) => ({
    type: 'run.move',
    runIds: [pickOf($(r, 0))(ids(w).runs)],
    toProjectId: pickOf($(r, 1))(ids(w).projects),
  }),
  'run.stop': (w, r) => ({ type: 'run.stop', runId: pickOf($(r, 0))(ids(w).runs) }),
  'run.delete': (w, r) => ({ type: 'run.delete', runId: pickOf($(r, 0))(ids(w).runs) }),
  // Reports, sweeps and logged runs (ADR 0026).
  'run.log': (w, r) => ({
    type: 'run.log',
    run: {
      id: `run-log-${$(r, 2)}`,
      projectId: pickOf($(r, 0))(ids(w).projects),
      name: 'ci-run',
      createdAt: AT,
    },
    username: $(r, 1) % 3 === 0 ? null : pickOf($(r, 1))(w.users.values().map((u) => u.username)),
  }),
  'report.create': (w, r) => ({
    type: 'report.create',
    report: {
      id: `report-new-${$(r, 2)}`,
      projectId: pickOf($(r, 0))(ids(w).projects),
      title: pickOf($(r, 1))(['Results', ' ', 'A'.repeat(200)]),
      createdAt: AT,
    },
  }),
  'report.update': (w, r) => ({
    type: 'report.update',
    reportId: pickOf($(r, 0))(w.reports.keys()),
    title: 'Edited',
    at: AT,
  }),
  'report.delete': (w, r) => ({ type: 'report.delete', reportId: pickOf($(r, 0))(w.reports.keys()) }),
  'report.follow': (w, r) => ({
    type: 'report.follow',
    reportId: pickOf($(r, 0))(w.reports.keys()),
    follow: $(r, 1) % 2 === 0,
  }),
  'report.comment': (w, r) => ({
    type: 'report.comment',
    reportId: pickOf($(r, 0))(w.reports.keys()),
    comment: { id: `comment-${$(r, 2)}`, text: pickOf($(r, 1))(['Nice', ' ']), at: AT },
  }),
  'report.share': (w, r) => ({
    type: 'report.share',
    reportId: pickOf($(r, 0))(w.reports.keys()),
    magicLink: $(r, 1) % 2 === 0 ? null : `link-${$(r, 2)}`,
  }),
  'sweep.create': (w, r) => ({
    type: 'sweep.create',
    sweep: {
      id: `sweep-new-${$(r, 2)}`,
      projectId: pickOf($(r, 0))(ids(w).projects),
      name: 'lr-sweep',
      method: 'random',
      createdAt: AT,
    },
  }),
  'sweep.logRun': (w, r) => ({
    type: 'sweep.logRun',
    sweepId: pickOf($(r, 0))(w.sweeps.keys()),
    run: { id: `run-agent-${$(r, 2)}`, name: 'agent-run', createdAt: AT },
  }),
  'sweep.delete': (w, r) => ({ type: 'sweep.delete', sweepId: pickOf($(r, 0))(w.sweeps.keys()) }),
};
export const TYPES = Object.keys(BUILDERS) as Operation['type'][];

function adminIds(w: World): string[] {
  return w.users
    .values()
    .filter((u) => membershipOf(u, org(w))?.orgRole === 'admin')
    .map((u) => u.id);
}

export function actorFor(w: World, n: number): Actor {
  const admins = adminIds(w);
  if (n % 10 < 6) return { kind: 'user', userId: admins[n % Math.max(1, admins.length)] ?? 'ghost' };
  if (n % 10 === 9) return { kind: 'anonymous' };
  if (n % 10 === 8) return { kind: 'service', serviceAccountId: String(pickOf(n)(w.serviceAccounts.keys())) };
  return { kind: 'user', userId: String(pickOf(n)(w.users.keys())) };
}

/** A random step: which operation, by whom (r[8]), with which picks (r[0..7]). */
export function randomStep(world: World, r: readonly number[]): { actor: Actor; op: Operation } {
  const type = TYPES[(r[9] ?? 0) % TYPES.length] ?? 'org.rename';
  return { actor: actorFor(world, r[8] ?? 0), op: BUILDERS[type](world, [...r]) };
}
