// People outside the home org: Globex (a second SaaS org holding globex.io, so domain claims can
// collide and outsiders can browse Acme's Open/Public projects; Samir of Acme is in Globex too, so people
// in several orgs can be shown) and Priya, who belongs to no org.
import type { User } from '../../engine/index';
import type { WorldBuilder } from '../../engine/index';
import { fillProject } from './content';
import type { PeopleSource } from './people';
import type { Rng } from './prng';

export const GLOBEX_ORG_ID = 'org-globex';
/** An Acme member who is in Globex too (ACME_CAST.multiOrg). */
const MULTI_ORG_PERSON = 'user-skhan';

export function addGlobex(b: WorldBuilder, rng: Rng, people: PeopleSource): void {
  b.addOrg({
    id: GLOBEX_ORG_ID,
    slug: 'globex',
    name: 'Globex',
    deployment: 'saas',
    plan: 'teams',
    domains: ['globex.io'],
    defaultTeamId: null,
    ssoProvisioning: false,
    billingAdminId: null,
    fullSeatLimit: 10,
    enforcements: {},
    createdDaysAgo: 400,
  });
  const rows: [string, string, 'admin' | 'member', number][] = [
    ['Sven', 'Berg', 'admin', 400],
    ['Noor', 'Rahman', 'member', 300],
    ['Pablo', 'Ortiz', 'member', 200],
    ['Yara', 'Hassan', 'member', 90],
  ];
  const users: User[] = rows.map(([first, last, orgRole, joined], i) => {
    const p = people.named(first, last);
    return b.addUser({
      username: p.username,
      name: p.name,
      email: `${p.emailLocal}@globex.io`,
      orgId: GLOBEX_ORG_ID,
      orgRole,
      modelsSeat: 'full',
      joinedVia: i === 0 ? 'seed' : 'invite',
      joinedDaysAgo: joined,
      lastActiveDaysAgo: i + 1,
    });
  });
  const [sven, noor, pablo, yara] = users as [User, User, User, User];
  const org = b.world.orgs.get(GLOBEX_ORG_ID);
  if (org) org.billingAdminId = sven.id;

  const research = b.addTeam(GLOBEX_ORG_ID, 'globex-research', {}, 390);
  b.addMember(research, sven.id, 'admin', 390);
  b.addMember(research, noor.id, 'member', 300);
  b.addMember(research, pablo.id, 'member', 200);
  // Samir Khan, an Acme Member, also belongs to Globex (invited there): one person, two orgs, each with
  // its own role, seat and teams.
  b.addMembership(MULTI_ORG_PERSON, { orgId: GLOBEX_ORG_ID, orgRole: 'member', modelsSeat: 'full' }, 120);
  b.addMember(research, MULTI_ORG_PERSON, 'member', 120);
  const ops = b.addTeam(GLOBEX_ORG_ID, 'globex-ops', { membersCanInvite: true }, 250);
  b.addMember(ops, pablo.id, 'admin', 200);
  b.addMember(ops, yara.id, 'member', 90);

  const projects = [
    b.addProject({
      teamId: research.id,
      name: 'churn-forecast',
      description: 'Customer churn forecasting.',
      ownerId: noor.id,
      visibility: 'public',
      createdDaysAgo: 280,
    }),
    b.addProject({
      teamId: research.id,
      name: 'open-benchmarks',
      description: 'Benchmarks anyone may contribute to.',
      ownerId: sven.id,
      visibility: 'open',
      createdDaysAgo: 260,
    }),
    b.addProject({
      teamId: ops.id,
      name: 'pricing-experiments',
      description: 'Dynamic pricing models.',
      ownerId: yara.id,
      visibility: 'team',
      createdDaysAgo: 80,
    }),
  ];
  const writers: Record<string, string[]> = {
    [research.id]: [sven.id, noor.id, pablo.id],
    [ops.id]: [pablo.id, yara.id],
  };
  for (const project of projects) {
    const w = writers[project.teamId] ?? [];
    fillProject(b, rng, project, w, w, { runs: [2, 5], reports: [0, 2], artifacts: [1, 2] });
  }
}

/** A person with an account but no org: sees only Open and Public projects. */
export function addUnaffiliatedPerson(b: WorldBuilder, people: PeopleSource): User {
  const p = people.named('Priya', 'Nair');
  return b.addUser({
    username: p.username,
    name: p.name,
    email: 'priya.nair@gmail.com',
    orgId: null,
    orgRole: 'member',
    modelsSeat: 'none',
    weaveAccess: 'none',
    joinedVia: 'seed',
    joinedDaysAgo: 60,
    lastActiveDaysAgo: 4,
  });
}
