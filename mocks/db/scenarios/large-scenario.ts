// "Initech": 10,000 users, 200 teams, 5,000 projects, to exercise pagination, search and the
// engine at scale. Few runs per project keep memory reasonable. `huge` is the same recipe at 5×.
import { buildGeneratedScenario, type BuiltScenario, type GeneratedScenarioSpec } from './generated-scenario';
import { TEAM_AREAS, TEAM_SUFFIXES } from './names';

export const LARGE_COUNTS = { users: 10_000, teams: 200, projects: 5_000 } as const;

/**
 * `count` distinct valid team names: 20 areas × 10 suffixes ("research-core", …) gives the first 200,
 * then the same with "-2", "-3", … (so the first 200 are the large scenario's, in its order).
 */
export function scaledTeamNames(count: number): string[] {
  const base = TEAM_AREAS.flatMap((area) => TEAM_SUFFIXES.map((suffix) => `${area}-${suffix}`));
  return Array.from({ length: count }, (_, i) => {
    const round = Math.floor(i / base.length);
    const name = base[i % base.length] ?? 'team';
    return round === 0 ? name : `${name}-${round + 1}`;
  });
}

/** The org at scale: the large scenario's recipe with every count multiplied by `scale`. */
export function scaledSpec(
  scale: number,
  seed: string,
  org: Pick<GeneratedScenarioSpec['org'], 'id' | 'slug' | 'name' | 'domains'>,
): GeneratedScenarioSpec {
  const teamNames = scaledTeamNames(LARGE_COUNTS.teams * scale);
  return {
    seed,
    org: {
      id: org.id,
      slug: org.slug,
      name: org.name,
      deployment: 'saas',
      plan: 'enterprise',
      domains: org.domains,
      defaultTeamId: `team-${teamNames[0] ?? ''}`,
      ssoProvisioning: false,
      enforcements: {},
      createdDaysAgo: 1500,
    },
    standardCustomRoles: true,
    population: {
      emailDomain: org.domains[0] ?? 'example.com',
      users: LARGE_COUNTS.users * scale,
      admins: 12 * scale,
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
      freeFullSeats: 25 * scale,
    },
    billingAdminIndex: 1,
  };
}

export function buildLargeScenario(baseTime: string): BuiltScenario {
  return buildGeneratedScenario(
    baseTime,
    scaledSpec(1, 'large', { id: 'org-initech', slug: 'initech', name: 'Initech', domains: ['initech.com'] }),
  );
}
