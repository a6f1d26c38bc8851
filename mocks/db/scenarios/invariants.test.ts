import { describe, expect, it } from 'vitest';
import type { World } from '../../engine/index';
import { buildScenario } from './index';
import { findInvariantViolations } from './invariants';

const BASE = '2026-11-01T12:00:00.000Z';
// Each case breaks one rule in a fresh default world; the checker must notice.
const fresh = (): World => buildScenario('default', BASE).world;

describe('findInvariantViolations', () => {
  const cases: [string, (w: World) => void, RegExp][] = [
    [
      'last org admin demoted',
      (w) => {
        for (const u of Object.values(w.users))
          if (u.orgId === 'org-acme-ml' && u.orgRole === 'admin') u.orgRole = 'member';
      },
      /has no admin/,
    ],
    [
      'admin without a Full seat',
      (w) => {
        w.users['user-achen']!.modelsSeat = 'viewer';
      },
      /lacks a Full seat/,
    ],
    [
      'org viewer with a Full seat',
      (w) => {
        w.users['user-ewalsh']!.modelsSeat = 'full';
      },
      /holds a Full seat/,
    ],
    [
      'org viewer as team member',
      (w) => {
        w.teams['team-vision']!.members['user-ewalsh']!.role = 'member';
      },
      /org viewer/,
    ],
    [
      'custom role on an org viewer',
      (w) => {
        w.teams['team-vision']!.members['user-hlaurent']!.role = 'custom:role-launch-manager';
      },
      /not an org Member/,
    ],
    [
      'team without an admin',
      (w) => {
        w.teams['team-vision']!.members['user-cmendes']!.role = 'member';
      },
      /no team admin/,
    ],
    [
      'invalid team name',
      (w) => {
        w.teams['team-vision']!.name = 'Vision Team';
      },
      /invalid/,
    ],
    [
      'duplicate team name',
      (w) => {
        w.teams['team-vision']!.name = 'infra';
      },
      /not unique/,
    ],
    [
      'restricted member outside the team',
      (w) => {
        w.projects['project-vision-medical-imaging']!.restrictedMembers.push('user-fhaddad');
      },
      /not in team/,
    ],
    [
      'seat limit exceeded',
      (w) => {
        w.orgs['org-acme-ml']!.fullSeatLimit = 5;
      },
      /Full seats of 5/,
    ],
  ];
  it.each(cases)('notices: %s', (_label, breakIt, expected) => {
    const world = fresh();
    breakIt(world);
    expect(findInvariantViolations(world).join('\n')).toMatch(expected);
  });
});
