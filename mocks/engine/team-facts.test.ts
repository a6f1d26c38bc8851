// The verdict path keeps what a principal is in each team in a cache per world (team-facts.ts). With the
// cache warm, every kind of change a verdict depends on is seen by the very next question on the changed
// world, and the world before the change keeps its own answers (impact previews compare the two).
import { describe, expect, it } from 'vitest';
import { allows, decide } from './decide';
import type { Actor, Resource, World } from './model';
import type { Permission } from './permissions';
import { apply } from './ops/registry';
import {
  acmeWorld,
  as,
  asService,
  editMembership,
  editRow,
  launchManager,
  withBot,
  withMember,
  withOverride,
  withRow,
  withTeamSettings,
} from './test-world';

const project = (projectId: string): Resource => ({ kind: 'project', projectId });
const team = (teamId: string): Resource => ({ kind: 'team', teamId });

interface Case {
  change: string;
  before: World;
  after: (w: World) => World;
  actor: Actor;
  permission: Permission;
  resource: Resource;
  /** The verdict before the change (the one after is its opposite). */
  was: boolean;
}

const acme = acmeWorld();
const withLm = withMember(
  withRow(acme, 'customRoles', 'lm', launchManager()),
  'ml-research',
  'hal',
  'custom:lm',
);

const CASES: Case[] = [
  {
    change: 'a team role change',
    before: acme,
    after: (w) => withMember(w, 'ml-research', 'gus', 'viewer'),
    actor: as('gus'),
    permission: 'run:create',
    resource: project('vision'),
    was: true,
  },
  {
    change: 'joining a team',
    before: acme,
    after: (w) => withMember(w, 'ml-research', 'hal', 'member'),
    actor: as('hal'),
    permission: 'run:read',
    resource: project('vision'),
    was: false,
  },
  {
    change: 'leaving a team',
    before: acme,
    after: (w) =>
      apply(w, as('ann'), { type: 'team.removeMember', teamId: 'ml-research', principalId: 'gus' }),
    actor: as('gus'),
    permission: 'run:read',
    resource: project('vision'),
    was: true,
  },
  {
    change: 'an org role change',
    before: acme,
    after: (w) => editMembership(w, 'gus', 'acme', { orgRole: 'viewer' }),
    actor: as('gus'),
    permission: 'run:create',
    resource: project('vision'),
    was: true,
  },
  {
    change: 'a seat change',
    before: acme,
    after: (w) => editMembership(w, 'gus', 'acme', { modelsSeat: 'none' }),
    actor: as('gus'),
    permission: 'run:read',
    resource: project('vision'),
    was: true,
  },
  {
    change: "a custom role's permissions",
    before: withLm,
    after: (w) =>
      apply(w, as('ann'), {
        type: 'role.update',
        roleId: 'lm',
        base: 'viewer',
        added: ['launch:queue_create', 'sweep:create'],
        at: '',
      }),
    actor: as('hal'),
    permission: 'sweep:create',
    resource: project('vision'),
    was: false,
  },
  {
    change: 'the plan (a custom role acts as its base outside Enterprise)',
    before: withLm,
    after: (w) => editRow(w, 'orgs', 'acme', (o) => ({ ...o, plan: 'teams' })),
    actor: as('hal'),
    permission: 'launch:queue_create',
    resource: project('vision'),
    was: true,
  },
  {
    change: "a project's visibility",
    before: acme,
    after: (w) => editRow(w, 'projects', 'vision', (p) => ({ ...p, visibility: 'open' })),
    actor: as('hal'),
    permission: 'run:read',
    resource: project('vision'),
    was: false,
  },
  {
    change: 'a project role',
    before: acme,
    after: (w) => withOverride(w, 'vision', 'gus', 'admin'),
    actor: as('gus'),
    permission: 'project:manage_users',
    resource: project('vision'),
    was: false,
  },
  {
    change: "a team's setting",
    before: acme,
    after: (w) => withTeamSettings(w, 'ml-research', { membersCanInvite: true }),
    actor: as('gus'),
    permission: 'team:invite_user',
    resource: team('ml-research'),
    was: false,
  },
  {
    change: "an org's enforced setting",
    before: acme,
    after: (w) => editRow(w, 'orgs', 'acme', (o) => ({ ...o, enforcements: { membersCanInvite: true } })),
    actor: as('gus'),
    permission: 'team:invite_user',
    resource: team('ml-research'),
    was: false,
  },
  {
    change: 'a service account joining its team',
    before: withBot(acme),
    after: (w) => editRow(w, 'serviceAccounts', 'bot', (a) => ({ ...a, teamId: 'elsewhere' })),
    actor: asService('bot'),
    permission: 'run:create',
    resource: project('vision'),
    was: true,
  },
];

describe('the verdict cache (team-facts.ts)', () => {
  it.each(CASES)('sees $change at once, with the cache warm', (c) => {
    const ask = (w: World) => allows(w, c.actor, c.permission, c.resource);
    // Warm: the same question and its neighbours, asked twice on the world before.
    for (let i = 0; i < 2; i++) {
      expect(ask(c.before)).toBe(c.was);
      allows(c.before, c.actor, 'project:read', c.resource);
    }
    const after = c.after(c.before);
    expect(ask(after)).toBe(!c.was);
    expect(decide(after, c.actor, c.permission, c.resource).allowed).toBe(!c.was);
    // The world before keeps its answer (previews ask both worlds in turns).
    expect(ask(c.before)).toBe(c.was);
    expect(ask(after)).toBe(!c.was);
  });
});
