// The teams-by-org index (org-teams.ts) is carried through every change: after any sequence of teams made,
// deleted, moved or changed, an org's teams and the teams an actor sees listed are exactly what a plain
// scan of every team gives (as sets: a team deleted and made again under its id comes last in the index,
// and in the table only once its overlay is folded, so neither order is more right than the other).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveSetting } from './lookup';
import { membershipOf } from './memberships';
import type { Actor, Team, World } from './model';
import { teamsOfOrg } from './org-teams';
import { acmeWorld } from './test-world';
import { visibleTeams } from './visibility';

const ORGS = ['acme', 'globex', 'initech'];
const ACTORS: Actor[] = ['ann', 'bea', 'cal', 'dee', 'olga', 'nobody'].map((userId) => ({
  kind: 'user',
  userId,
}));

/** The plain scan the index replaces. */
const scanOrg = (world: World, orgId: string): Team[] =>
  world.teams.values().filter((t) => t.orgId === orgId);

function scanVisible(world: World, actor: Actor, orgId: string): Team[] {
  const user = actor.kind === 'user' ? world.users.get(actor.userId) : undefined;
  const membership = user ? membershipOf(user, orgId) : undefined;
  if (!user || !membership) return [];
  return scanOrg(world, orgId).filter(
    (t) => membership.orgRole === 'admin' || t.members.has(user.id) || !effectiveSetting(world, t, 'hidden'),
  );
}

type Step =
  | { kind: 'make'; id: string; orgId: string; hidden: boolean }
  | { kind: 'drop'; id: string }
  | { kind: 'touch'; id: string; hidden: boolean }
  | { kind: 'move'; id: string; orgId: string };

const teamId = fc.constantFrom('team-ml-research', 't1', 't2', 't3', 't4', 't5');
const org = fc.constantFrom(...ORGS);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('make' as const), id: teamId, orgId: org, hidden: fc.boolean() }),
  fc.record({ kind: fc.constant('drop' as const), id: teamId }),
  fc.record({ kind: fc.constant('touch' as const), id: teamId, hidden: fc.boolean() }),
  fc.record({ kind: fc.constant('move' as const), id: teamId, orgId: org }),
);

function run(world: World, s: Step): World {
  const team = world.teams.get(s.id);
  const template = world.teams.values()[0];
  if (!template) return world;
  switch (s.kind) {
    case 'make':
      return team
        ? world
        : {
            ...world,
            teams: world.teams.with(s.id, {
              ...template,
              id: s.id,
              name: s.id,
              orgId: s.orgId,
              settings: { ...template.settings, hidden: s.hidden },
            }),
          };
    case 'drop':
      return { ...world, teams: world.teams.without(s.id) };
    case 'touch':
      return team
        ? {
            ...world,
            teams: world.teams.with(s.id, { ...team, settings: { ...team.settings, hidden: s.hidden } }),
          }
        : world;
    case 'move':
      return team ? { ...world, teams: world.teams.with(s.id, { ...team, orgId: s.orgId }) } : world;
  }
}

const ids = (teams: readonly Team[]) => teams.map((t) => t.id).sort();

describe('teams by org', () => {
  it('gives what a scan of every team gives, after any changes', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let world = acmeWorld();
        teamsOfOrg(world, 'acme'); // the index is built first, then carried through each change
        for (const s of steps) {
          world = run(world, s);
          for (const orgId of ORGS) {
            expect(ids(teamsOfOrg(world, orgId))).toEqual(ids(scanOrg(world, orgId)));
            for (const actor of ACTORS)
              expect(ids(visibleTeams(world, actor, orgId))).toEqual(ids(scanVisible(world, actor, orgId)));
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
