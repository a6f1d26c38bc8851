// "Northwind Health": Enterprise on Dedicated Cloud. Users arrive by SSO auto-provisioning (on,
// read-only here) or the Add user flow; its company domain is captured for SaaS
// sign-ups (shown the access contact an admin sets), with no domain-capture toggles.
import { buildGeneratedScenario, type BuiltScenario } from './generated-scenario';

export function buildDedicatedScenario(baseTime: string): BuiltScenario {
  return buildGeneratedScenario(baseTime, {
    seed: 'dedicated',
    org: {
      id: 'org-northwind',
      slug: 'northwind',
      name: 'Northwind Health',
      deployment: 'dedicated',
      plan: 'enterprise',
      // Captured for SaaS sign-ups: once an admin sets the access contact, they are told whom to ask.
      domains: ['northwind-health.org'],
      defaultTeamId: null,
      ssoProvisioning: true,
      enforcements: { codeSavingByDefault: false },
      createdDaysAgo: 500,
    },
    standardCustomRoles: true,
    population: {
      emailDomain: 'northwind-health.org',
      users: 15,
      admins: 2,
      viewerShare: 0.2,
      teamNames: ['clinical-nlp', 'imaging', 'platform-ml'],
      teamSettings: (i) => (i === 1 ? { hidden: true, futureProjectsPrivate: true } : {}),
      projectsPerTeam: 3,
      content: { runs: [2, 6], reports: [0, 2], artifacts: [1, 3] },
      enterprise: true,
      serviceAccountEvery: 2,
      joinedVia: ['sso', 'sso', 'added'],
      freeFullSeats: 3,
    },
  });
}
