// "Initech": 10,000 users, 200 teams, 5,000 projects, to exercise pagination, search and the
// engine at scale. Few runs per project keep memory reasonable.
import type { World } from '../../engine/index';
import { WorldBuilder } from './builder';
import { addStandardCustomRoles, ARTIFACT_CURATOR, LAUNCH_MANAGER } from './custom-roles';
import { generateOrg } from './generate-org';
import { TEAM_AREAS, TEAM_SUFFIXES } from './names';
import { createPeopleSource } from './people';
import { createRng } from './prng';
import { createClock } from './time';

export const LARGE_COUNTS = { users: 10_000, teams: 200, projects: 5_000 } as const;

/** 20 areas × 10 suffixes = exactly 200 distinct valid names ("research-core", …). */
function largeTeamNames(): string[] {
  return TEAM_AREAS.flatMap((area) => TEAM_SUFFIXES.map((suffix) => `${area}-${suffix}`));
}

export function buildLargeScenario(baseTime: string): {
  world: World;
  homeOrgId: string;
  defaultActorId: string;
} {
  const b = new WorldBuilder(createClock(baseTime));
  const rng = createRng('large');
  const teamNames = largeTeamNames();
  const org = b.addOrg({
    id: 'org-initech',
    slug: 'initech',
    name: 'Initech',
    deployment: 'saas',
    plan: 'enterprise',
    domains: ['initech.com'],
    defaultTeamId: `team-${teamNames[0] ?? ''}`,
    ssoProvisioning: false,
    billingAdminId: null,
    fullSeatLimit: 0,
    enforcements: {},
    createdDaysAgo: 1500,
  });
  addStandardCustomRoles(b, org.id);
  const generated = generateOrg(b, rng, createPeopleSource(), {
    orgId: org.id,
    emailDomain: 'initech.com',
    users: LARGE_COUNTS.users,
    admins: 12,
    viewerShare: 0.1,
    teamNames,
    teamSettings: (i) => ({
      recommendForDomainSignups: i === 0,
      hidden: i % 20 === 7,
      futureProjectsPrivate: i % 10 === 3,
      membersCanInvite: i % 8 === 1,
    }),
    projectsPerTeam: LARGE_COUNTS.projects / LARGE_COUNTS.teams,
    content: { runs: [1, 3], reports: [0, 1], artifacts: [0, 1] },
    enterprise: true,
    customRoles: [LAUNCH_MANAGER, ARTIFACT_CURATOR],
    serviceAccountEvery: 4,
    joinedVia: ['invite', 'domain-capture', 'domain-capture', 'sso'],
    freeFullSeats: 25,
  });
  const admin = generated.adminIds[0] ?? '';
  org.fullSeatLimit = generated.fullSeatLimit;
  org.billingAdminId = generated.adminIds[1] ?? admin;
  return { world: b.world, homeOrgId: org.id, defaultActorId: admin };
}
