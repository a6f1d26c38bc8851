// "Initech": 10,000 users, 200 teams, 5,000 projects, to exercise pagination, search and the
// engine at scale. Few runs per project keep memory reasonable.
import { buildGeneratedScenario, type BuiltScenario } from './generated-scenario';
import { TEAM_AREAS, TEAM_SUFFIXES } from './names';

export const LARGE_COUNTS = { users: 10_000, teams: 200, projects: 5_000 } as const;

/** 20 areas × 10 suffixes = exactly 200 distinct valid names ("research-core", …). */
function largeTeamNames(): string[] {
  return TEAM_AREAS.flatMap((area) => TEAM_SUFFIXES.map((suffix) => `${area}-${suffix}`));
}

export function buildLargeScenario(baseTime: string): BuiltScenario {
  const teamNames = largeTeamNames();
  return buildGeneratedScenario(baseTime, {
    seed: 'large',
    org: {
      id: 'org-initech',
      slug: 'initech',
      name: 'Initech',
      deployment: 'saas',
      plan: 'enterprise',
      domains: ['initech.com'],
      defaultTeamId: `team-${teamNames[0] ?? ''}`,
      ssoProvisioning: false,
      enforcements: {},
      createdDaysAgo: 1500,
    },
    standardCustomRoles: true,
    population: {
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
      serviceAccountEvery: 4,
      joinedVia: ['invite', 'domain-capture', 'domain-capture', 'sso'],
      freeFullSeats: 25,
    },
    billingAdminIndex: 1,
  });
}
