// §3 how users join: invites (duplicates, seats, expiry), acceptance, sign-up by domain, SSO.
import { describe, expect, it } from 'vitest';
import { apply, check, type Operation } from '../registry';
import { inviteExpiry } from '../rules';
import type { Invite, World } from '../../model';
import { memberOf } from '../../memberships';
import { Table } from '../../table';
import { acmeWorld, anonymous, as, editRow, withRow, withTeamSettings } from '../../test-world';

const SENT = '2025-02-01T00:00:00.000Z';
const invite = (i: Partial<Invite> = {}): Invite => ({
  id: 'inv1',
  orgId: 'acme',
  email: 'zoe@example.com',
  orgRole: 'member',
  modelsSeat: 'full',
  weaveAccess: 'full',
  teams: [{ teamId: 'ml-research', role: 'member' }],
  invitedById: 'ann',
  sentAt: SENT,
  expiresAt: inviteExpiry(SENT),
  status: 'pending',
  ...i,
});
const create = (i: Partial<Invite> = {}): Operation => ({ type: 'invite.create', invite: invite(i) });
const zoe = { id: 'zoe', username: 'zoe', name: 'Zoe', email: 'zoe@example.com' };
const invited = (world: World = acmeWorld()): World => apply(world, as('ann'), create());

describe('§3.1 invites', () => {
  it('§3 org admins invite; org Members may not (403)', () => {
    expect(check(acmeWorld(), as('ann'), create()).allowed).toBe(true);
    expect(check(acmeWorld(), as('gus'), create()).refusal).toBe('forbidden');
  });
  it('§4 with "members can invite" on, a team Member may send a Member invite to that team', () => {
    let world = acmeWorld();
    world = withTeamSettings(world, 'ml-research', { membersCanInvite: true });
    expect(check(world, as('gus'), create()).allowed).toBe(true);
    expect(
      check(world, as('gus'), create({ teams: [{ teamId: 'ml-research', role: 'admin' }] })).refusal,
    ).toBe('forbidden');
  });
  it('§3 inviting an existing member is refused (409)', () => {
    const d = check(acmeWorld(), as('ann'), create({ email: 'gus@acme.com' }));
    expect(d.refusal).toBe('conflict');
    expect(d.reasons[0]?.text).toContain('already a member');
  });
  it('§3 inviting someone already invited is refused (409)', () => {
    const d = check(invited(), as('ann'), create({ id: 'inv2' }));
    expect(d.refusal).toBe('conflict');
    expect(d.reasons[0]?.text).toContain('already invited');
  });
  it('§2 an org Viewer invite may not carry Full Weave access (the member rule, at the invite)', () => {
    const d = check(acmeWorld(), as('ann'), create({ orgRole: 'viewer', modelsSeat: 'none', teams: [] }));
    expect(d.refusal).toBe('invalid');
    expect(d.field).toBe('weaveAccess');
    const ok = create({ orgRole: 'viewer', modelsSeat: 'none', weaveAccess: 'viewer', teams: [] });
    expect(check(acmeWorld(), as('ann'), ok).allowed).toBe(true);
    // Made a Viewer by an edit that says nothing of Weave: its Full Weave access becomes Viewer access.
    const edit: Operation = {
      type: 'invite.update',
      inviteId: 'inv1',
      orgRole: 'viewer',
      modelsSeat: 'viewer',
      teams: [{ teamId: 'ml-research', role: 'viewer' }],
    };
    expect(check(invited(), as('ann'), edit).allowed).toBe(true);
    expect(apply(invited(), as('ann'), edit).invites.get('inv1')).toMatchObject({ weaveAccess: 'viewer' });
  });
  it('§3 a Viewer invite needs Enterprise', () => {
    expect(
      check(
        acmeWorld({ plan: 'teams' }),
        as('ann'),
        create({ orgRole: 'viewer', modelsSeat: 'viewer', teams: [] }),
      ).refusal,
    ).toBe('forbidden');
  });
  it('§2 a Full-seat invite beyond the license is refused with "Seat limit reached"', () => {
    const d = check(acmeWorld({ fullSeatLimit: 5 }), as('ann'), create());
    expect(d.refusal).toBe('conflict');
    expect(d.reasons[0]?.text).toMatch(/^Seat limit reached/);
    expect(check(acmeWorld({ fullSeatLimit: 5 }), as('ann'), create({ modelsSeat: 'viewer' })).allowed).toBe(
      true,
    );
  });
  // Literal dates, not INVITE_TTL_DAYS: changing the constant must fail this test.
  it('§3 Decision: invites expire 7 days after they are sent', () => {
    const sentAt = '2026-11-01T13:00:00.000Z';
    expect(inviteExpiry(sentAt)).toBe('2026-11-08T13:00:00.000Z');
    expect(
      check(acmeWorld(), as('ann'), create({ sentAt, expiresAt: '2026-11-08T13:00:00.000Z' })).allowed,
    ).toBe(true);
    for (const expiresAt of ['2026-11-07T13:00:00.000Z', '2026-11-09T13:00:00.000Z']) {
      const d = check(acmeWorld(), as('ann'), create({ sentAt, expiresAt }));
      expect(d.field).toBe('expiresAt');
      expect(d.reasons[0]?.text).toBe('Invites expire 7 days after they are sent');
    }
  });
  it('§3 an expired invite cannot be accepted; a resent one can', () => {
    const world = invited();
    const late = '2025-02-09T00:00:00.000Z';
    const d = check(world, anonymous, { type: 'invite.accept', inviteId: 'inv1', person: zoe, at: late });
    expect(d.refusal).toBe('conflict');
    expect(d.reasons[0]?.text).toContain('expired');
    const resent = apply(world, as('ann'), {
      type: 'invite.resend',
      inviteId: 'inv1',
      sentAt: '2025-02-08T00:00:00.000Z',
      expiresAt: inviteExpiry('2025-02-08T00:00:00.000Z'),
    });
    expect(
      check(resent, anonymous, { type: 'invite.accept', inviteId: 'inv1', person: zoe, at: late }).allowed,
    ).toBe(true);
  });
  it('§3 a revoked invite cannot be accepted', () => {
    const world = apply(invited(), as('ann'), { type: 'invite.revoke', inviteId: 'inv1' });
    expect(
      check(world, anonymous, { type: 'invite.accept', inviteId: 'inv1', person: zoe, at: SENT }).refusal,
    ).toBe('conflict');
  });
  it('§3 accepting joins the org with the invite role, seat and teams, plus auto-add teams, not the default team', () => {
    let base = acmeWorld();
    base = withRow(base, 'teams', 'auto', {
      ...base.teams.get('ml-research')!,
      id: 'auto',
      name: 'auto',
      members: Table.empty(),
      settings: { ...base.teams.get('ml-research')!.settings, autoAddNewUsers: true },
    });
    base = withRow(base, 'teams', 'welcome', {
      ...base.teams.get('ml-research')!,
      id: 'welcome',
      name: 'welcome',
      members: Table.empty(),
      settings: { ...base.teams.get('ml-research')!.settings, recommendForDomainSignups: true },
    });
    base = editRow(base, 'orgs', 'acme', (row) => ({ ...row, defaultTeamId: 'welcome' }));
    const after = apply(invited(base), anonymous, {
      type: 'invite.accept',
      inviteId: 'inv1',
      person: zoe,
      at: SENT,
    });
    expect(memberOf(after, 'zoe', 'acme')).toMatchObject({
      orgRole: 'member',
      modelsSeat: 'full',
      joinedVia: 'invite',
    });
    expect(after.teams.get('ml-research')?.members.get('zoe')?.role).toBe('member');
    expect(after.teams.get('auto')?.members.get('zoe')?.role).toBe('member');
    expect(after.teams.get('welcome')?.members.get('zoe')).toBeUndefined();
    expect(after.invites.get('inv1')?.status).toBe('accepted');
  });
});

describe('§3.2–3.3 SSO and domain capture', () => {
  it('§3.3 sign-up with a claimed domain joins the SaaS org and its default team as Member', () => {
    let world = acmeWorld();
    world = editRow(world, 'orgs', 'acme', (row) => ({ ...row, domains: ['acme.io'] }));
    world = withTeamSettings(world, 'ml-research', { recommendForDomainSignups: true });
    world = editRow(world, 'orgs', 'acme', (row) => ({ ...row, defaultTeamId: 'ml-research' }));
    const person = { id: 'new', username: 'new', name: 'New', email: 'new@acme.io' };
    expect(check(world, anonymous, { type: 'signup', person, at: SENT }).allowed).toBe(true);
    const after = apply(world, anonymous, { type: 'signup', person, at: SENT });
    expect(memberOf(after, 'new', 'acme')).toMatchObject({
      orgRole: 'member',
      joinedVia: 'domain-capture',
    });
    expect(after.teams.get('ml-research')?.members.get('new')?.role).toBe('member');
  });
  it('§3.3 sign-up with an unclaimed domain creates a person in no org', () => {
    const after = apply(acmeWorld(), anonymous, {
      type: 'signup',
      person: { id: 'n', username: 'n', name: 'N', email: 'n@else.org' },
      at: SENT,
    });
    expect(after.users.get('n')?.orgs).toEqual([]);
  });
  it('§3.2 SSO sign-in provisions a Member when provisioning is on, and is refused when off', () => {
    const person = { id: 's', username: 's', name: 'S', email: 's@acme.com' };
    const off = acmeWorld({ deployment: 'self-managed' });
    expect(check(off, anonymous, { type: 'sso.signIn', orgId: 'acme', person, at: SENT }).refusal).toBe(
      'forbidden',
    );
    const on = acmeWorld({ deployment: 'self-managed', ssoProvisioning: true });
    const after = apply(on, anonymous, { type: 'sso.signIn', orgId: 'acme', person, at: SENT });
    expect(memberOf(after, 's', 'acme')).toMatchObject({ orgRole: 'member', joinedVia: 'sso' });
  });
});
