// "Acme ML": the realistic Enterprise SaaS org every demo starts from (product.md "What a demo
// needs"), plus Globex and an unaffiliated person to show what outsiders see.
import type { World } from '../../engine/index';
import { WorldBuilder } from '../../engine/index';
import { addStandardCustomRoles } from './custom-roles';
import { addAcmeContent } from './default-content';
import { addAcmePeople, addFormerAcmeMember, ACME_DOMAIN } from './default-people';
import { addAcmeProjects } from './default-projects';
import { addAcmeTeams } from './default-teams';
import { addGlobex, addUnaffiliatedPerson } from './other-orgs';
import { createPeopleSource } from './people';
import { createRng } from './prng';
import { createClock } from './time';

export const ACME_ORG_ID = 'org-acme-ml';

export function buildDefaultScenario(baseTime: string): {
  world: World;
  homeOrgId: string;
  defaultActorId: string;
} {
  const b = new WorldBuilder(createClock(baseTime));
  const rng = createRng('default');
  const people = createPeopleSource();
  const org = b.addOrg({
    id: ACME_ORG_ID,
    slug: 'acme-ml',
    name: 'Acme ML',
    deployment: 'saas',
    plan: 'enterprise',
    domains: [ACME_DOMAIN],
    defaultTeamId: 'team-ml-research',
    ssoProvisioning: false,
    billingAdminId: 'user-ralvarez',
    // 19 Full seats in use + 2 pending Full invites: 2 left.
    fullSeatLimit: 23,
    enforcements: {},
    createdDaysAgo: 730,
  });
  addAcmePeople(b, people, org.id);
  addFormerAcmeMember(b, people);
  addStandardCustomRoles(b, org.id);
  const teams = addAcmeTeams(b, org.id);
  addAcmeProjects(b, rng, teams);

  const ava = 'user-achen';
  b.addInvite({
    orgId: org.id,
    email: 'nora.lindqvist@acme-ml.com',
    orgRole: 'member',
    modelsSeat: 'full',
    weaveAccess: 'full',
    teams: [{ teamId: 'team-ml-research', role: 'member' }],
    invitedById: ava,
    status: 'pending',
    sentDaysAgo: 2,
  });
  b.addInvite({
    orgId: org.id,
    email: 'kenji.watanabe@acme-ml.com',
    orgRole: 'member',
    modelsSeat: 'full',
    weaveAccess: 'full',
    teams: [
      { teamId: 'team-vision', role: 'member' },
      { teamId: 'team-infra', role: 'member' },
    ],
    invitedById: 'user-cmendes',
    status: 'pending',
    sentDaysAgo: 4,
  });
  b.addInvite({
    orgId: org.id,
    email: 'leila.aziz@acme-ml.com',
    orgRole: 'viewer',
    modelsSeat: 'viewer',
    weaveAccess: 'viewer',
    teams: [],
    invitedById: 'user-bokafor',
    status: 'pending',
    sentDaysAgo: 1,
  });
  // Expired (sent 12 days ago, more than INVITE_TTL_DAYS): stays visible with a Resend action.
  b.addInvite({
    orgId: org.id,
    email: 'jonas.berg@gmail.com',
    orgRole: 'member',
    modelsSeat: 'viewer',
    weaveAccess: 'viewer',
    teams: [],
    invitedById: ava,
    status: 'pending',
    sentDaysAgo: 12,
  });
  b.addInvite({
    orgId: org.id,
    email: 'contractor@example.com',
    orgRole: 'member',
    modelsSeat: 'none',
    weaveAccess: 'none',
    teams: [],
    invitedById: 'user-bokafor',
    status: 'revoked',
    sentDaysAgo: 30,
  });

  addGlobex(b, rng, people);
  addUnaffiliatedPerson(b, people);
  addAcmeContent(b);
  return { world: b.world, homeOrgId: org.id, defaultActorId: ava };
}
