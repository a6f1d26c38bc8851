// The Acme ML roster: hand-picked so demos and e2e tests can name people. Columns: first, last,
// org role, Models seat, Weave access, how they joined, days since joining, days since last active
// (null = never signed in). Dmitri, Grace, Felix and Yusuf arrive by invite in the demo's history
// (default-history.ts), which signs them in once, then: last active when they joined.
import type { JoinedVia, OrgRole, Seat, User } from '../../engine/index';
import type { WorldBuilder } from '../../engine/index';
import type { PeopleSource } from './people';

type Row = [string, string, OrgRole, Seat, Seat, JoinedVia, number, number | null];

export const ACME_DOMAIN = 'acme-ml.com';

const ROSTER: readonly Row[] = [
  // Admins hold Full seats (access-model §2 Decision).
  ['Ava', 'Chen', 'admin', 'full', 'full', 'seed', 720, 0.05],
  ['Ben', 'Okafor', 'admin', 'full', 'full', 'seed', 700, 1],
  // Members: mostly Full seats, a few Viewer / No access.
  ['Carla', 'Mendes', 'member', 'full', 'full', 'seed', 650, 0.5],
  ['Diego', 'Ramirez', 'member', 'full', 'viewer', 'invite', 400, 2],
  ['Farah', 'Haddad', 'member', 'full', 'full', 'seed', 610, 0.2],
  ['Gabriel', 'Rossi', 'member', 'full', 'full', 'invite', 380, 3],
  ['Ivan', 'Petrov', 'member', 'full', 'full', 'seed', 560, 1.5],
  ['Jia', 'Li', 'member', 'full', 'full', 'domain-capture', 300, 4],
  ['Kofi', 'Mensah', 'member', 'full', 'full', 'seed', 540, 0.8],
  ['Lena', 'Fischer', 'member', 'viewer', 'viewer', 'domain-capture', 200, 9],
  ['Mateo', 'Garcia', 'member', 'full', 'full', 'invite', 260, 0.3],
  ['Nadia', 'Novak', 'member', 'full', 'full', 'invite', 240, 6],
  ['Omar', 'Farouk', 'member', 'none', 'none', 'domain-capture', 90, 45],
  // The billing user: in the org for its invoices since it began, never signed in to the product.
  ['Rosa', 'Alvarez', 'member', 'none', 'none', 'seed', 500, null],
  ['Samir', 'Khan', 'member', 'full', 'full', 'invite', 330, 1],
  ['Tara', 'Singh', 'member', 'full', 'full', 'domain-capture', 150, 2],
  ['Victor', 'Dubois', 'member', 'full', 'viewer', 'invite', 280, 7],
  ['Wen', 'Zhang', 'member', 'full', 'full', 'seed', 600, 0.1],
  ['Yusuf', 'Yilmaz', 'member', 'full', 'none', 'invite', 4.8, 4.8],
  ['Zoe', 'Andersson', 'member', 'full', 'full', 'domain-capture', 120, 3],
  ['Aiko', 'Tanaka', 'member', 'full', 'full', 'invite', 210, 0.7],
  ['Bruno', 'Costa', 'member', 'viewer', 'viewer', 'domain-capture', 60, 20],
  ['Chloe', 'Martin', 'member', 'full', 'full', 'invite', 180, 1.2],
  // Org Viewers (Enterprise): only Viewer or No-access seats, only View-Only in teams.
  ['Erin', 'Walsh', 'viewer', 'viewer', 'viewer', 'invite', 310, 2],
  ['Dmitri', 'Volkov', 'viewer', 'none', 'none', 'invite', 219.6, 219.6],
  ['Elif', 'Demir', 'viewer', 'viewer', 'viewer', 'domain-capture', 140, 5],
  ['Felix', 'Weber', 'viewer', 'viewer', 'none', 'invite', 13.6, 13.6],
  ['Grace', 'Kim', 'viewer', 'none', 'viewer', 'invite', 99.7, 99.7],
  ['Hugo', 'Laurent', 'viewer', 'viewer', 'viewer', 'domain-capture', 75, 10],
  ['Ines', 'Silva', 'viewer', 'viewer', 'viewer', 'invite', 40, 8],
];

/** Adds the roster; returns the users keyed by username (`achen` → id `user-achen`). */
export function addAcmePeople(b: WorldBuilder, people: PeopleSource, orgId: string): Record<string, User> {
  const byUsername: Record<string, User> = {};
  for (const [first, last, orgRole, modelsSeat, weaveAccess, joinedVia, joined, active] of ROSTER) {
    const person = people.named(first, last);
    byUsername[person.username] = b.addUser({
      username: person.username,
      name: person.name,
      email: `${person.emailLocal}@${ACME_DOMAIN}`,
      orgId,
      orgRole,
      modelsSeat,
      weaveAccess,
      joinedVia,
      joinedDaysAgo: joined,
      lastActiveDaysAgo: active,
    });
  }
  return byUsername;
}

/** Marcus left Acme: his runs and artifacts stay, and he still owns a project (§3). */
export function addFormerAcmeMember(b: WorldBuilder, people: PeopleSource): User {
  const person = people.named('Marcus', 'Becker');
  return b.addUser({
    username: person.username,
    name: person.name,
    email: `${person.emailLocal}@${ACME_DOMAIN}`,
    orgId: null,
    orgRole: 'member',
    modelsSeat: 'none',
    weaveAccess: 'none',
    joinedVia: 'seed',
    joinedDaysAgo: 690,
    lastActiveDaysAgo: 120,
  });
}
