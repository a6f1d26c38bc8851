// Generates an org's people, teams and projects from a few numbers, respecting every rule the
// invariants test checks. Used for the small scenarios and, at scale, for `large`: it builds each
// object once and keeps per-team member lists instead of re-scanning the world.
import type { JoinedVia, OrgRole, RoleRef, Seat, Team, TeamSettings, Visibility } from '../../engine/index';
import type { WorldBuilder } from '../../engine/index';
import { fillProject, type ContentSpec } from './content';
import { PROJECT_QUALIFIERS, PROJECT_TOPICS } from './names';
import type { PeopleSource } from './people';
import type { Rng } from './prng';

export interface OrgPopulation {
  orgId: string;
  emailDomain: string;
  users: number;
  admins: number;
  /** Share of org Viewers (Enterprise only; 0 otherwise). */
  viewerShare: number;
  /**
   * The org role and Models seat of the first people, in order, instead of drawing them: a small
   * scenario can then show every role and seat. Admins come first, as without a roster.
   */
  roster?: readonly (readonly [OrgRole, Seat])[];
  teamNames: readonly string[];
  /** Settings per team index (e.g. index 0 hidden). */
  teamSettings?: (index: number) => Partial<TeamSettings>;
  projectsPerTeam: number;
  content: ContentSpec;
  /** Enterprise features: View-Only team role, custom roles, service accounts. */
  enterprise: boolean;
  customRoles: readonly RoleRef[];
  /** Every nth team gets a service account (Enterprise only). */
  serviceAccountEvery: number;
  joinedVia: readonly JoinedVia[];
  /** Free Full seats left after seeding. */
  freeFullSeats: number;
}

export interface GeneratedOrg {
  userIds: string[];
  adminIds: string[];
  fullSeatLimit: number;
}

const HEX = '0123456789abcdef';

function seatFor(rng: Rng, role: OrgRole): Seat {
  if (role === 'admin') return 'full';
  if (role === 'viewer') return rng.chance(0.8) ? 'viewer' : 'none';
  const r = rng.next();
  return r < 0.85 ? 'full' : r < 0.95 ? 'viewer' : 'none';
}

export function generateOrg(b: WorldBuilder, rng: Rng, people: PeopleSource, p: OrgPopulation): GeneratedOrg {
  const userIds: string[] = [];
  const adminIds: string[] = [];
  const roleOf = new Map<string, OrgRole>();
  const joinedOf = new Map<string, number>();
  let fullSeats = 0;
  for (let i = 0; i < p.users; i++) {
    const fixed = p.roster?.[i];
    const orgRole: OrgRole =
      fixed?.[0] ?? (i < p.admins ? 'admin' : rng.chance(p.viewerShare) ? 'viewer' : 'member');
    const modelsSeat = fixed?.[1] ?? seatFor(rng, orgRole);
    if (modelsSeat === 'full') fullSeats++;
    const person = people.random(rng);
    const joined = rng.int(1, 900);
    const user = b.addUser({
      username: person.username,
      name: person.name,
      email: `${person.emailLocal}@${p.emailDomain}`,
      orgId: p.orgId,
      orgRole,
      modelsSeat,
      weaveAccess: orgRole === 'viewer' ? modelsSeat : rng.pick<Seat>(['full', 'full', 'viewer', 'none']),
      joinedVia: i < p.admins ? 'seed' : rng.pick(p.joinedVia),
      joinedDaysAgo: joined,
      lastActiveDaysAgo: rng.chance(0.08) ? null : rng.next() * Math.min(joined, 60),
    });
    userIds.push(user.id);
    roleOf.set(user.id, orgRole);
    joinedOf.set(user.id, joined);
    if (orgRole === 'admin') adminIds.push(user.id);
  }

  // Memberships: everyone in one team, 30% in a second; org viewers only View-Only.
  const teamAges = p.teamNames.map(() => rng.int(100, 800));
  const teams: Team[] = p.teamNames.map((name, i) =>
    b.addTeam(p.orgId, name, p.teamSettings?.(i) ?? {}, teamAges[i] ?? 100),
  );
  const writersByTeam = new Map<string, string[]>();
  const memberRole = (userId: string): RoleRef => {
    const orgRole = roleOf.get(userId);
    if (orgRole === 'viewer') return p.enterprise ? 'viewer' : 'member';
    if (orgRole === 'admin') return 'admin';
    if (p.enterprise && p.customRoles.length > 0 && rng.chance(0.04)) return rng.pick(p.customRoles);
    if (p.enterprise && rng.chance(0.05)) return 'viewer';
    return 'member';
  };
  const join = (team: Team, userId: string): void => {
    if (b.isMember(team.id, userId)) return;
    const role = memberRole(userId);
    b.addMember(team, userId, role, Math.min(rng.int(1, 90), joinedOf.get(userId) ?? 1));
    if (role === 'admin' || role === 'member') {
      const list = writersByTeam.get(team.id) ?? [];
      list.push(userId);
      writersByTeam.set(team.id, list);
    }
  };
  userIds.forEach((userId, i) => {
    const first = teams[i % teams.length] as Team;
    join(first, userId);
    if (teams.length > 1 && rng.chance(0.3)) join(rng.pick(teams), userId);
  });

  // Each team gets an admin: promote its first writing member, or add an org admin.
  for (const team of teams) {
    const entries = b.teamNow(team.id).members.entries();
    if (entries.some(([, m]) => m.role === 'admin')) continue;
    const candidate = entries.find(([uid, m]) => m.role === 'member' && roleOf.get(uid) !== 'viewer');
    const adminId = candidate ? candidate[0] : (adminIds[0] as string);
    if (candidate) b.setTeamRole(team.id, candidate[0], 'admin');
    else join(team, adminId);
  }

  teams.forEach((created, i) => {
    const team = b.teamNow(created.id);
    const members = team.members.keys();
    const writers = writersByTeam.get(team.id) ?? [];
    const adminId = team.members.entries().find(([, m]) => m.role === 'admin')?.[0] ?? adminIds[0] ?? '';
    if (p.enterprise && p.serviceAccountEvery > 0 && i % p.serviceAccountEvery === 0) {
      const key = Array.from({ length: 4 }, () => rng.pick(HEX.split(''))).join('');
      const sa = b.addServiceAccount(team, 'ci-bot', key, adminId, rng.int(10, 90));
      writers.push(sa.id);
    }
    const owners = writers.filter((w) => !w.startsWith('sa-'));
    const names = new Set<string>();
    for (let k = 0; k < p.projectsPerTeam; k++) {
      let name = `${rng.pick(PROJECT_TOPICS)}-${rng.pick(PROJECT_QUALIFIERS)}`;
      for (let n = 2; names.has(name); n++) name = `${name.replace(/-\d+$/, '')}-${n}`;
      names.add(name);
      const visibility = pickVisibility(rng, team.settings.futureProjectsPrivate);
      const ownerId = owners.length > 0 ? rng.pick(owners) : adminId;
      const restrictedMembers =
        visibility === 'restricted' ? [...new Set([ownerId, ...rng.sample(members, rng.int(0, 3))])] : [];
      const project = b.addProject({
        teamId: team.id,
        name,
        ownerId,
        visibility,
        restrictedMembers,
        description: `${name.replace(/-/g, ' ')} experiments for ${team.name}.`,
        createdDaysAgo: rng.int(1, teamAges[i] ?? 100),
      });
      // Occasionally a member is promoted to Admin on one project (Team/Restricted only).
      const candidate = rng.pick(owners.length > 0 ? owners : [adminId]);
      if (
        visibility !== 'open' &&
        visibility !== 'public' &&
        team.members.get(candidate)?.role === 'member' &&
        rng.chance(0.1)
      ) {
        b.overrideProjectRole(project.id, candidate, 'admin');
      }
      const projectWriters =
        visibility === 'restricted' ? writers.filter((w) => restrictedMembers.includes(w)) : writers;
      fillProject(
        b,
        rng,
        project,
        projectWriters,
        projectWriters.filter((w) => !w.startsWith('sa-')),
        p.content,
      );
    }
  });
  return { userIds, adminIds, fullSeatLimit: fullSeats + p.freeFullSeats };
}

function pickVisibility(rng: Rng, privateOnly: boolean): Visibility {
  const r = rng.next();
  if (privateOnly) return r < 0.8 ? 'team' : 'restricted';
  return r < 0.05 ? 'open' : r < 0.15 ? 'public' : r < 0.85 ? 'team' : 'restricted';
}
