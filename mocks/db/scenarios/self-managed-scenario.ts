// "Vandelay Robotics": Enterprise on Self-managed (W&B Server). SSO auto-provisioning is on by default
// and, unlike Dedicated Cloud, an org admin may Disable SSO Provisioning under Security; users also
// arrive through the Add user flow. Its company domain is captured for SaaS sign-ups
// (shown the access contact an admin sets); no domain-capture toggles (SaaS only).
import { buildGeneratedScenario, type BuiltScenario } from './generated-scenario';

export function buildSelfManagedScenario(baseTime: string): BuiltScenario {
  return buildGeneratedScenario(baseTime, {
    seed: 'self-managed',
    org: {
      id: 'org-vandelay',
      slug: 'vandelay',
      name: 'Vandelay Robotics',
      deployment: 'self-managed',
      plan: 'enterprise',
      // Captured for SaaS sign-ups: once an admin sets the access contact, they are told whom to ask.
      domains: ['vandelay-robotics.com'],
      defaultTeamId: null,
      ssoProvisioning: true,
      enforcements: {},
      createdDaysAgo: 400,
    },
    standardCustomRoles: true,
    population: {
      emailDomain: 'vandelay-robotics.com',
      users: 10,
      admins: 2,
      viewerShare: 0,
      // Every org role and Models seat, each held by someone.
      roster: [
        ['admin', 'full'],
        ['admin', 'full'],
        ['member', 'full'],
        ['member', 'viewer'],
        ['viewer', 'viewer'],
        ['member', 'full'],
        ['member', 'none'],
        ['viewer', 'none'],
        ['member', 'full'],
        ['member', 'full'],
      ],
      teamNames: ['perception', 'motion-control', 'sim-platform'],
      teamSettings: (i) => (i === 2 ? { membersCanInvite: true, codeSavingByDefault: true } : {}),
      projectsPerTeam: 3,
      content: { runs: [2, 5], reports: [0, 2], artifacts: [1, 2] },
      enterprise: true,
      serviceAccountEvery: 3,
      joinedVia: ['sso', 'sso', 'added'],
      freeFullSeats: 2,
    },
  });
}
