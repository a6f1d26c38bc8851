// "Pixel Forge": a small Teams-plan SaaS org with none of the Enterprise features (no org Viewers,
// no View-Only / Service / custom roles, no service accounts), to show them disabled with reasons.
import { buildGeneratedScenario, type BuiltScenario } from './generated-scenario';

export function buildStartupScenario(baseTime: string): BuiltScenario {
  return buildGeneratedScenario(baseTime, {
    seed: 'startup',
    org: {
      id: 'org-pixel-forge',
      slug: 'pixel-forge',
      name: 'Pixel Forge',
      deployment: 'saas',
      plan: 'teams',
      domains: ['pixelforge.ai'],
      defaultTeamId: 'team-forge-research',
      ssoProvisioning: false,
      enforcements: {},
      createdDaysAgo: 300,
    },
    standardCustomRoles: false,
    population: {
      emailDomain: 'pixelforge.ai',
      users: 8,
      admins: 2,
      viewerShare: 0,
      teamNames: ['forge-research', 'forge-product'],
      teamSettings: (i) => (i === 0 ? { recommendForDomainSignups: true } : { membersCanInvite: true }),
      projectsPerTeam: 3,
      content: { runs: [2, 6], reports: [0, 2], artifacts: [1, 3] },
      enterprise: false,
      serviceAccountEvery: 0,
      joinedVia: ['invite', 'domain-capture'],
      freeFullSeats: 2,
    },
  });
}
