// "Northwind Health": Enterprise on Dedicated Cloud. Users arrive by SSO auto-provisioning (on,
// read-only here) or the Add user flow; no claimed domains, no domain-capture toggles.
import type { World } from '../../engine/index';
import { WorldBuilder } from './builder';
import { addStandardCustomRoles, ARTIFACT_CURATOR, LAUNCH_MANAGER } from './custom-roles';
import { generateOrg } from './generate-org';
import { createPeopleSource } from './people';
import { createRng } from './prng';
import { createClock } from './time';

export function buildDedicatedScenario(baseTime: string): {
  world: World;
  homeOrgId: string;
  defaultActorId: string;
} {
  const b = new WorldBuilder(createClock(baseTime));
  const rng = createRng('dedicated');
  const org = b.addOrg({
    id: 'org-northwind',
    slug: 'northwind',
    name: 'Northwind Health',
    deployment: 'dedicated',
    plan: 'enterprise',
    domains: [],
    defaultTeamId: null,
    ssoProvisioning: true,
    billingAdminId: null,
    fullSeatLimit: 0,
    enforcements: { codeSavingByDefault: false },
    createdDaysAgo: 500,
  });
  addStandardCustomRoles(b, org.id);
  const generated = generateOrg(b, rng, createPeopleSource(), {
    orgId: org.id,
    emailDomain: 'northwind-health.org',
    users: 15,
    admins: 2,
    viewerShare: 0.2,
    teamNames: ['clinical-nlp', 'imaging', 'platform-ml'],
    teamSettings: (i) => (i === 1 ? { hidden: true, futureProjectsPrivate: true } : {}),
    projectsPerTeam: 3,
    content: { runs: [2, 6], reports: [0, 2], artifacts: [1, 3] },
    enterprise: true,
    customRoles: [LAUNCH_MANAGER, ARTIFACT_CURATOR],
    serviceAccountEvery: 2,
    joinedVia: ['sso', 'sso', 'added'],
    freeFullSeats: 3,
  });
  const admin = generated.adminIds[0] ?? '';
  org.fullSeatLimit = generated.fullSeatLimit;
  org.billingAdminId = admin;
  return { world: b.world, homeOrgId: org.id, defaultActorId: admin };
}
