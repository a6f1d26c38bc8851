// "Pixel Forge": a small Teams-plan SaaS org with none of the Enterprise features (no org Viewers,
// no View-Only / Service / custom roles, no service accounts), to show them disabled with reasons.
import type { World } from '../../engine/index';
import { WorldBuilder } from './builder';
import { generateOrg } from './generate-org';
import { createPeopleSource } from './people';
import { createRng } from './prng';
import { createClock } from './time';

export function buildStartupScenario(baseTime: string): {
  world: World;
  homeOrgId: string;
  defaultActorId: string;
} {
  const b = new WorldBuilder(createClock(baseTime));
  const rng = createRng('startup');
  const org = b.addOrg({
    id: 'org-pixel-forge',
    slug: 'pixel-forge',
    name: 'Pixel Forge',
    deployment: 'saas',
    plan: 'teams',
    domains: ['pixelforge.ai'],
    defaultTeamId: 'team-forge-research',
    ssoProvisioning: false,
    billingAdminId: null,
    fullSeatLimit: 0,
    enforcements: {},
    createdDaysAgo: 300,
  });
  const generated = generateOrg(b, rng, createPeopleSource(), {
    orgId: org.id,
    emailDomain: 'pixelforge.ai',
    users: 8,
    admins: 2,
    viewerShare: 0,
    teamNames: ['forge-research', 'forge-product'],
    teamSettings: (i) => (i === 0 ? { recommendForDomainSignups: true } : { membersCanInvite: true }),
    projectsPerTeam: 3,
    content: { runs: [2, 6], reports: [0, 2], artifacts: [1, 3] },
    enterprise: false,
    customRoles: [],
    serviceAccountEvery: 0,
    joinedVia: ['invite', 'domain-capture'],
    freeFullSeats: 2,
  });
  const admin = generated.adminIds[0] ?? '';
  org.fullSeatLimit = generated.fullSeatLimit;
  org.billingAdminId = admin;
  return { world: b.world, homeOrgId: org.id, defaultActorId: admin };
}
