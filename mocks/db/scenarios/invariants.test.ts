import { describe, expect, it } from 'vitest';
import { memberOf, type World } from '../../engine/index';
import { buildScenario } from './index';
import { findInvariantViolations } from './invariants';
import { editMembership, editRow, withMember } from '../../engine/test-world';

const BASE = '2026-11-01T12:00:00.000Z';
// Each case breaks one rule in a fresh default world; the checker must notice.
const fresh = (): World => buildScenario('default', BASE).world;

describe('findInvariantViolations', () => {
  const cases: [string, (w: World) => World, RegExp][] = [
    [
      'last org admin demoted',
      (w) =>
        w.users
          .values()
          .filter((u) => memberOf(w, u.id, 'org-acme-ml')?.orgRole === 'admin')
          .reduce((next, u) => editMembership(next, u.id, 'org-acme-ml', { orgRole: 'member' }), w),
      /has no admin/,
    ],
    [
      'admin without a Full seat',
      (w) => editMembership(w, 'user-achen', 'org-acme-ml', { modelsSeat: 'viewer' }),
      /lacks a Full seat/,
    ],
    [
      'org viewer with a Full seat',
      (w) => editMembership(w, 'user-ewalsh', 'org-acme-ml', { modelsSeat: 'full' }),
      /holds a Full seat/,
    ],
    ['org viewer as team member', (w) => withMember(w, 'team-vision', 'user-ewalsh', 'member'), /org viewer/],
    [
      'custom role on an org viewer',
      (w) => withMember(w, 'team-vision', 'user-hlaurent', 'custom:role-launch-manager'),
      /not an org Member/,
    ],
    ['team without an admin', (w) => withMember(w, 'team-vision', 'user-cmendes', 'member'), /no team admin/],
    [
      'invalid team name',
      (w) => editRow(w, 'teams', 'team-vision', (row) => ({ ...row, name: 'Vision Team' })),
      /invalid/,
    ],
    [
      'duplicate team name',
      (w) => editRow(w, 'teams', 'team-vision', (row) => ({ ...row, name: 'infra' })),
      /not unique/,
    ],
    [
      'restricted member outside the team',
      (w) =>
        editRow(w, 'projects', 'project-vision-medical-imaging', (p) => ({
          ...p,
          restrictedMembers: [...p.restrictedMembers, 'user-fhaddad'],
        })),
      /not in team/,
    ],
    [
      'seat limit exceeded',
      (w) => editRow(w, 'orgs', 'org-acme-ml', (row) => ({ ...row, fullSeatLimit: 5 })),
      /Full seats of 5/,
    ],
  ];
  it.each(cases)('notices: %s', (_label, breakIt, expected) => {
    const world = breakIt(fresh());
    expect(findInvariantViolations(world).join('\n')).toMatch(expected);
  });
});
