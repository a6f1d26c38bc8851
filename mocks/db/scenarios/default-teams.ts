// Acme ML's five teams: each shows one privacy setting and together they hold every team role
// (admin, member, View-Only, service, custom). Org viewers appear only as View-Only.
import type { RoleRef, Team } from '../../engine/index';
import type { WorldBuilder } from '../../engine/index';
import { ARTIFACT_CURATOR, LAUNCH_MANAGER } from './custom-roles';

const id = (username: string): string => `user-${username}`;

type TeamRow = {
  name: string;
  settings: Partial<Team['settings']>;
  createdDaysAgo: number;
  members: [username: string, role: RoleRef, joinedDaysAgo: number][];
  serviceAccount?: { name: string; key: string; by: string };
};

export const ACME_TEAMS: readonly TeamRow[] = [
  {
    // The default team for domain capture.
    name: 'ml-research',
    settings: { recommendForDomainSignups: true, codeSavingByDefault: true },
    createdDaysAgo: 710,
    members: [
      ['achen', 'admin', 710],
      ['grossi', 'member', 370],
      ['jli', ARTIFACT_CURATOR, 290],
      ['mgarcia', 'member', 250],
      ['tsingh', 'member', 150],
      ['nnovak', 'member', 230],
      ['wzhang', 'member', 590],
      ['ewalsh', 'viewer', 300],
      ['edemir', 'viewer', 140],
    ],
    serviceAccount: { name: 'ci-bot', key: '7f3a', by: 'achen' },
  },
  {
    name: 'vision',
    settings: { futureProjectsPrivate: true },
    createdDaysAgo: 640,
    members: [
      ['cmendes', 'admin', 640],
      ['skhan', 'member', 320],
      ['vdubois', 'member', 270],
      ['zandersson', 'member', 115],
      ['atanaka', 'member', 200],
      ['lfischer', 'member', 190],
      ['ewalsh', 'viewer', 300],
      ['hlaurent', 'viewer', 70],
    ],
  },
  {
    name: 'llm-platform',
    settings: { membersCanInvite: true },
    createdDaysAgo: 600,
    members: [
      ['fhaddad', 'admin', 600],
      ['bokafor', 'member', 590],
      ['mgarcia', 'member', 240],
      ['grossi', 'member', 360],
      ['cmartin', LAUNCH_MANAGER, 170],
      ['bcosta', 'member', 55],
      ['yyilmaz', 'member', 4.8],
      ['isilva', 'viewer', 38],
    ],
  },
  {
    // New arrivals join automatically (§3.4).
    name: 'infra',
    settings: { autoAddNewUsers: true, codeSavingByDefault: true },
    createdDaysAgo: 530,
    members: [
      ['kmensah', 'admin', 530],
      ['wzhang', 'admin', 500],
      ['dramirez', LAUNCH_MANAGER, 390],
      ['skhan', 'member', 300],
      ['ofarouk', 'member', 88],
      ['dvolkov', 'viewer', 219.6],
    ],
    serviceAccount: { name: 'launch-agent', key: 'c91e', by: 'kmensah' },
  },
  {
    // Hidden from non-members: only members and org admins see it.
    name: 'safety-evals',
    settings: { hidden: true, noPublicReportsInPrivateProjects: true },
    createdDaysAgo: 420,
    members: [
      ['ipetrov', 'admin', 420],
      ['nnovak', 'member', 220],
      ['vdubois', 'member', 260],
      ['gkim', 'viewer', 99.7],
    ],
    serviceAccount: { name: 'eval-runner', key: '04bd', by: 'ipetrov' },
  },
];

export function addAcmeTeams(b: WorldBuilder, orgId: string): Record<string, Team> {
  const teams: Record<string, Team> = {};
  for (const row of ACME_TEAMS) {
    const team = b.addTeam(orgId, row.name, row.settings, row.createdDaysAgo);
    for (const [username, role, joined] of row.members) b.addMember(team, id(username), role, joined);
    if (row.serviceAccount) {
      const { name, key, by } = row.serviceAccount;
      b.addServiceAccount(team, name, key, id(by), row.createdDaysAgo - 10);
    }
    teams[row.name] = team;
  }
  return teams;
}
