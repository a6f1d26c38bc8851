// "Acme ML": the realistic Enterprise SaaS org every demo starts from (product.md "What a demo
// needs"), plus Globex and an unaffiliated person to show what outsiders see.
import type { InviteStatus, OrgRole, Seat, World } from '../../engine/index';
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

type InviteRow = [
  email: string,
  orgRole: OrgRole,
  modelsSeat: Seat,
  weaveAccess: Seat,
  /** Teams joined on acceptance, space-separated: as Members, or View-Only for an org Viewer. */
  teams: string,
  invitedBy: string,
  status: InviteStatus,
  sentDaysAgo: number,
];

/**
 * Acme's invites: pending ones (two Full: 19 Full seats in use + 2 pending Full invites leave 2), one
 * expired (sent more than INVITE_TTL_DAYS ago: it stays, with a Resend action), one revoked, and the
 * accepted invites of the people who arrive in the demo's history (default-history.ts).
 */
const ACME_INVITES: readonly InviteRow[] = [
  ['nora.lindqvist@acme-ml.com', 'member', 'full', 'full', 'ml-research', 'achen', 'pending', 2],
  ['kenji.watanabe@acme-ml.com', 'member', 'full', 'full', 'vision infra', 'achen', 'pending', 4],
  ['leila.aziz@acme-ml.com', 'viewer', 'viewer', 'viewer', '', 'bokafor', 'pending', 1],
  ['jonas.berg@gmail.com', 'member', 'viewer', 'viewer', '', 'achen', 'pending', 12],
  ['contractor@example.com', 'member', 'none', 'none', '', 'bokafor', 'revoked', 30],
  ['dmitri.volkov@acme-ml.com', 'viewer', 'none', 'none', 'infra', 'achen', 'accepted', 221.9],
  ['grace.kim@acme-ml.com', 'viewer', 'none', 'viewer', 'safety-evals', 'achen', 'accepted', 101.2],
  ['felix.weber@acme-ml.com', 'viewer', 'viewer', 'none', '', 'bokafor', 'accepted', 15.1],
  ['yusuf.yilmaz@acme-ml.com', 'member', 'full', 'none', 'llm-platform', 'fhaddad', 'accepted', 6.3],
];

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
    // 19 Full seats in use + 2 pending Full invites: 2 left (ACME_INVITES).
    fullSeatLimit: 23,
    enforcements: {},
    createdDaysAgo: 730,
  });
  addAcmePeople(b, people, org.id);
  addFormerAcmeMember(b, people);
  addStandardCustomRoles(b, org.id);
  const teams = addAcmeTeams(b, org.id);
  addAcmeProjects(b, rng, teams);

  for (const [email, orgRole, modelsSeat, weaveAccess, teams, by, status, sentDaysAgo] of ACME_INVITES)
    b.addInvite({
      orgId: org.id,
      email,
      orgRole,
      modelsSeat,
      weaveAccess,
      teams: teams
        .split(' ')
        .filter(Boolean)
        .map((team) => ({ teamId: `team-${team}`, role: orgRole === 'viewer' ? 'viewer' : 'member' })),
      invitedById: `user-${by}`,
      status,
      sentDaysAgo,
    });
  addGlobex(b, rng, people);
  addUnaffiliatedPerson(b, people);
  addAcmeContent(b);
  return { world: b.world, homeOrgId: org.id, defaultActorId: 'user-achen' };
}
