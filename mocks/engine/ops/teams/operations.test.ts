// §4–§5 teams: creation, names, role constraints, last team admin, who manages, settings and enforcement.
import { describe, expect, it } from 'vitest';
import { apply, check, type Operation } from '../registry';
import {
  acmeWorld,
  as,
  editRow,
  launchManager,
  withBot,
  withMember,
  withRow,
  withTeamSettings,
} from '../../test-world';

const w = acmeWorld();
const create = (name: string, external = false): Operation => ({
  type: 'team.create',
  id: `t-${name}`,
  orgId: 'acme',
  name,
  storage: external ? { kind: 'external', bucket: 's3://b' } : { kind: 'managed' },
  at: '2025-01-02T00:00:00.000Z',
});

describe('§4 teams', () => {
  it('§4 only org admins create teams; the creator becomes team Admin', () => {
    expect(check(w, as('cal'), create('new-team')).refusal).toBe('forbidden');
    expect(check(w, as('ann'), create('new-team')).allowed).toBe(true);
    expect(apply(w, as('ann'), create('new-team')).teams.get('t-new-team')?.members.get('ann')?.role).toBe(
      'admin',
    );
  });
  it('§4 team names: lowercase, digits, - and _, 3–32 chars (422)', () => {
    for (const bad of ['ab', 'Has-Caps', 'with space', 'x'.repeat(33)]) {
      expect(check(w, as('ann'), create(bad))).toMatchObject({ refusal: 'invalid', field: 'name' });
    }
  });
  it('§4 team names are unique across the whole instance (409)', () => {
    expect(check(w, as('ann'), create('ml-research')).refusal).toBe('conflict');
  });
  it('§4 external storage needs Enterprise', () => {
    expect(check(acmeWorld({ plan: 'teams' }), as('ann'), create('ext', true)).refusal).toBe('forbidden');
    expect(check(w, as('ann'), create('ext', true)).allowed).toBe(true);
  });
  it('§4 an org Viewer can only be View-Only in a team', () => {
    expect(
      check(w, as('cal'), {
        type: 'team.setRole',
        teamId: 'ml-research',
        principalId: 'dee',
        role: 'member',
      }),
    ).toMatchObject({ refusal: 'invalid', field: 'role' });
  });
  it('§4 a custom role only for org Members, never service accounts', () => {
    let world = acmeWorld();
    world = withRow(world, 'customRoles', 'lm', launchManager({ added: ['launch:queue_create'] }));
    world = withBot(world);
    world = withMember(world, 'ml-research', 'bot', 'member');
    expect(
      check(world, as('cal'), {
        type: 'team.setRole',
        teamId: 'ml-research',
        principalId: 'gus',
        role: 'custom:lm',
      }).allowed,
    ).toBe(true);
    expect(
      check(world, as('cal'), {
        type: 'team.setRole',
        teamId: 'ml-research',
        principalId: 'dee',
        role: 'custom:lm',
      }).refusal,
    ).toBe('invalid');
    expect(
      check(world, as('cal'), {
        type: 'team.setRole',
        teamId: 'ml-research',
        principalId: 'bot',
        role: 'custom:lm',
      }).refusal,
    ).toBe('invalid');
  });
  it('§4 View-Only and custom roles need Enterprise', () => {
    const d = check(acmeWorld({ plan: 'teams' }), as('cal'), {
      type: 'team.setRole',
      teamId: 'ml-research',
      principalId: 'gus',
      role: 'viewer',
    });
    expect(d.refusal).toBe('forbidden');
    expect(d.reasons[0]?.step).toBe('plan');
  });
  it('§4 a team keeps at least one Admin: demoting, removing or leaving as the last one is refused (409)', () => {
    expect(
      check(w, as('cal'), { type: 'team.setRole', teamId: 'ml-research', principalId: 'cal', role: 'member' })
        .refusal,
    ).toBe('conflict');
    expect(
      check(w, as('ann'), { type: 'team.removeMember', teamId: 'ml-research', principalId: 'cal' }).refusal,
    ).toBe('conflict');
    expect(
      check(w, as('cal'), { type: 'team.removeMember', teamId: 'ml-research', principalId: 'cal' }).refusal,
    ).toBe('conflict');
  });
  it('§4 team admins and org admins manage members; Members cannot', () => {
    const op: Operation = { type: 'team.setRole', teamId: 'ml-research', principalId: 'gus', role: 'admin' };
    expect(check(w, as('cal'), op).allowed).toBe(true);
    expect(check(w, as('ann'), op).allowed).toBe(true);
    expect(check(w, as('eve'), op).refusal).toBe('forbidden');
  });
  it('§4 with "members can invite", Members may add but not remove or change roles', () => {
    let world = acmeWorld();
    world = withTeamSettings(world, 'ml-research', { membersCanInvite: true });
    expect(
      check(world, as('gus'), {
        type: 'team.addMember',
        teamId: 'ml-research',
        principalId: 'hal',
        role: 'member',
        at: '',
      }).allowed,
    ).toBe(true);
    expect(
      check(world, as('gus'), { type: 'team.removeMember', teamId: 'ml-research', principalId: 'eve' })
        .refusal,
    ).toBe('forbidden');
    expect(
      check(world, as('gus'), {
        type: 'team.setRole',
        teamId: 'ml-research',
        principalId: 'eve',
        role: 'viewer',
      }).refusal,
    ).toBe('forbidden');
  });
  it('§4 adding someone already in the team is refused (409); a member may leave', () => {
    expect(
      check(w, as('cal'), {
        type: 'team.addMember',
        teamId: 'ml-research',
        principalId: 'gus',
        role: 'member',
        at: '',
      }).refusal,
    ).toBe('conflict');
    expect(
      check(w, as('eve'), { type: 'team.removeMember', teamId: 'ml-research', principalId: 'eve' }).allowed,
    ).toBe(true);
  });
  it('§4 deleting a team deletes its projects, their runs and its service accounts', () => {
    let world = acmeWorld();
    world = withBot(world);
    expect(check(world, as('gus'), { type: 'team.delete', teamId: 'ml-research' }).refusal).toBe('forbidden');
    const after = apply(world, as('cal'), { type: 'team.delete', teamId: 'ml-research' });
    expect(after.teams.get('ml-research')).toBeUndefined();
    expect(after.projects.get('vision')).toBeUndefined();
    expect(after.runs.get('r-gus')).toBeUndefined();
    expect(after.serviceAccounts.get('bot')).toBeUndefined();
  });
});

describe('§5 team settings', () => {
  it('§5.3 an enforced setting is locked in every team', () => {
    let world = acmeWorld();
    world = editRow(world, 'orgs', 'acme', (row) => ({ ...row, enforcements: { hidden: true } }));
    const d = check(world, as('cal'), {
      type: 'team.updateSettings',
      teamId: 'ml-research',
      settings: { hidden: false },
    });
    expect(d.refusal).toBe('forbidden');
    expect(d.reasons[0]?.text).toBe("This setting is locked because it's enforced org-wide");
    expect(
      check(world, as('cal'), {
        type: 'team.updateSettings',
        teamId: 'ml-research',
        settings: { membersCanInvite: true },
      }).allowed,
    ).toBe(true);
  });
  it('§5.1 #5 recommending the team to domain sign-ups is SaaS only', () => {
    const op: Operation = {
      type: 'team.updateSettings',
      teamId: 'ml-research',
      settings: { recommendForDomainSignups: true },
    };
    expect(check(w, as('cal'), op).allowed).toBe(true);
    expect(check(acmeWorld({ deployment: 'dedicated' }), as('cal'), op).refusal).toBe('forbidden');
  });
  it('§5.1 only team admins and org admins change team settings', () => {
    expect(
      check(w, as('gus'), { type: 'team.updateSettings', teamId: 'ml-research', settings: { hidden: true } })
        .refusal,
    ).toBe('forbidden');
  });
  it('§5.2 service accounts need Enterprise and a team admin', () => {
    const op: Operation = {
      type: 'serviceAccount.create',
      account: {
        id: 'bot',
        teamId: 'ml-research',
        name: 'ci',
        apiKeyLast4: '1234',
        createdById: 'cal',
        createdAt: '',
      },
    };
    expect(check(w, as('cal'), op).allowed).toBe(true);
    expect(check(w, as('gus'), op).refusal).toBe('forbidden');
    const refusal = check(acmeWorld({ plan: 'teams' }), as('cal'), op).reasons.filter(
      (r) => r.effect === 'deny',
    );
    expect(refusal.map((r) => r.step)).toEqual(['plan']);
  });
});

describe('§4 team names that collide with the console or W&B', () => {
  it('refuses names the console serves its own pages at, and W&B reserved words, with the reason', () => {
    const create = (name: string) =>
      check(acmeWorld(), as('ann'), {
        type: 'team.create',
        id: `t-${name}`,
        orgId: 'acme',
        name,
        storage: { kind: 'managed' },
        at: '',
      });
    const consolePath = create('account-settings');
    expect(consolePath).toMatchObject({ refusal: 'invalid', field: 'name' });
    expect(consolePath.reasons.at(-1)?.text).toMatch(/console's own pages/);
    expect(create('api').refusal).toBe('invalid');
    // The console's own pages, /settings (User settings) and the shared server's /sign-in among them.
    for (const page of ['settings', 'reports', 'sign-in', 'first-run', 'accept-invite'])
      expect(create(page).reasons.at(-1)?.text, page).toMatch(/console's own pages/);
    expect(create('billing').reasons.at(-1)?.text).toMatch(/reserved word/);
    expect(create('new-team').allowed).toBe(true);
  });
});
