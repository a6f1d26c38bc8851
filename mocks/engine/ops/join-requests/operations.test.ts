// "Ask to join" (ADR 0025): who may ask, who decides, what approval gives, and that each is refused
// with its reason otherwise.
import { describe, expect, it } from 'vitest';
import { memberOf, withMembership } from '../../memberships';
import type { World } from '../../model';
import { as, editRow, withRow } from '../../test-world';
import { WorldBuilder } from '../../world-builder';
import { apply, check, type Operation } from '../registry';

const AT = '2025-03-01T00:00:00.000Z';

/**
 * acme claims acme.com: ann org Admin; tia team Admin of `closed`; max a Member of `closed` (the team
 * lets Members invite); rosa an acme Member in no team; vic an org Viewer; `open` recommends itself to
 * the domain; `secret` is hidden. pia has an acme.com account and is in no org; gus is in globex only.
 */
function world(): World {
  const w = new WorldBuilder()
    .org('acme', { domains: ['acme.com'] })
    .user('ann', { orgRole: 'admin' })
    .user('tia')
    .user('max')
    .user('rosa')
    .user('vic', { orgRole: 'viewer' })
    .team('closed', { tia: 'admin', max: 'member' }, { membersCanInvite: true })
    .team('open', { tia: 'admin' }, { recommendForDomainSignups: true })
    .team('secret', { tia: 'admin' }, { hidden: true })
    .org('globex')
    .user('gus')
    .build();
  return withRow(w, 'users', 'pia', {
    id: 'pia',
    username: 'pia',
    name: 'Pia',
    email: 'pia@acme.com',
    orgs: [],
    defaultOrgId: null,
    lastActiveAt: null,
  });
}

const ask = (teamId: string): Operation => ({ type: 'team.requestJoin', teamId, at: AT });
const approve = (teamId: string, userId: string): Operation => ({
  type: 'team.approveJoinRequest',
  teamId,
  userId,
  at: AT,
});
const decline = (teamId: string, userId: string): Operation => ({
  type: 'team.declineJoinRequest',
  teamId,
  userId,
});
const withdraw = (teamId: string, userId: string): Operation => ({
  type: 'team.withdrawJoinRequest',
  teamId,
  userId,
});
const text = (w: World, actor: string, op: Operation) => check(w, as(actor), op).reasons[0]?.text;
/** The world after `userId` asked to join `teamId`. */
const asked = (userId: string, teamId = 'closed', w = world()): World => apply(w, as(userId), ask(teamId));

describe('asking to join a team', () => {
  it('a member of the org may ask; the request is kept, pending', () => {
    expect(check(world(), as('rosa'), ask('closed')).allowed).toBe(true);
    expect(asked('rosa').teams.get('closed')?.joinRequests).toEqual([{ userId: 'rosa', at: AT }]);
  });
  it('someone whose verified email domain the org claims may ask, though not in the org yet', () => {
    expect(check(world(), as('pia'), ask('closed')).allowed).toBe(true);
  });
  it('anyone else is refused: not in the org, and the org has not claimed their domain', () => {
    expect(text(world(), 'gus', ask('closed'))).toBe(
      'Gus is not in Acme, and Acme has not claimed globex.com; ask a team admin for an invite',
    );
  });
  it('a hidden team takes no requests', () => {
    expect(text(world(), 'rosa', ask('secret'))).toBe(
      'Team secret is hidden from non-members; ask its admin for an invite',
    );
  });
  it('a team that recommends itself to the domain is joined directly, not asked', () => {
    expect(text(world(), 'pia', ask('open'))).toBe(
      'Team open takes people from acme.com: join it directly, no approval needed',
    );
  });
  it('is refused twice, and for a team one is in', () => {
    expect(text(asked('rosa'), 'rosa', ask('closed'))).toBe('Rosa has already asked to join team closed');
    expect(text(world(), 'max', ask('closed'))).toBe('Max is already a member of team closed');
  });
  it('a signed-out visitor cannot ask', () => {
    expect(check(world(), { kind: 'anonymous' }, ask('closed')).reasons[0]?.text).toBe(
      'Only a signed-in person can ask to join a team',
    );
  });
});

describe('deciding a request', () => {
  it('a team admin approves: the person joins with the team default role (Member)', () => {
    const w = asked('rosa');
    expect(check(w, as('tia'), approve('closed', 'rosa')).allowed).toBe(true);
    const after = apply(w, as('tia'), approve('closed', 'rosa'));
    expect(after.teams.get('closed')?.members.get('rosa')?.role).toBe('member');
    expect(after.teams.get('closed')?.joinRequests).toEqual([]);
  });
  it('an org Viewer joins as View-Only', () => {
    const after = apply(asked('vic'), as('ann'), approve('closed', 'vic'));
    expect(after.teams.get('closed')?.members.get('vic')?.role).toBe('viewer');
  });
  it('someone not in the org yet joins it as a Member, with the team', () => {
    const after = apply(asked('pia'), as('ann'), approve('closed', 'pia'));
    expect(memberOf(after, 'pia', 'acme')).toMatchObject({ orgRole: 'member', joinedVia: 'domain-capture' });
    expect(after.teams.get('closed')?.members.get('pia')?.role).toBe('member');
  });
  it('an org admin decides in any team', () => {
    expect(check(asked('rosa'), as('ann'), decline('closed', 'rosa')).allowed).toBe(true);
  });
  it('a team Member may not decide, even where Members may invite', () => {
    const refusal = check(asked('rosa'), as('max'), approve('closed', 'rosa'));
    expect(refusal).toMatchObject({ allowed: false, refusal: 'forbidden' });
    expect(check(asked('rosa'), as('max'), decline('closed', 'rosa')).allowed).toBe(false);
  });
  it('a decline drops the request and adds no one', () => {
    const after = apply(asked('rosa'), as('tia'), decline('closed', 'rosa'));
    expect(after.teams.get('closed')?.joinRequests).toEqual([]);
    expect(after.teams.get('closed')?.members.has('rosa')).toBe(false);
  });
  it('there must be a pending request', () => {
    expect(text(world(), 'tia', approve('closed', 'rosa'))).toBe(
      'No pending request from Rosa to join team closed',
    );
  });
  it('is refused when the person left the org and the org does not claim their domain', () => {
    const membership = {
      orgRole: 'member',
      modelsSeat: 'full',
      weaveAccess: 'full',
      joinedVia: 'seed',
      joinedAt: AT,
    } as const;
    const inAcme = editRow(world(), 'users', 'gus', (u) =>
      withMembership(u, 'acme', { orgId: 'acme', ...membership }),
    );
    const left = editRow(asked('gus', 'closed', inAcme), 'users', 'gus', (u) =>
      withMembership(u, 'acme', null),
    );
    expect(text(left, 'tia', approve('closed', 'gus'))).toBe(
      'Gus is no longer in Acme and Acme no longer claims their domain; decline it',
    );
  });
});

describe('joining by another way', () => {
  it('an admin adding the person answers their pending request', () => {
    const added = apply(asked('rosa'), as('tia'), {
      type: 'team.addMember',
      teamId: 'closed',
      principalId: 'rosa',
      role: 'member',
      at: AT,
    });
    expect(added.teams.get('closed')?.joinRequests).toEqual([]);
  });
});

describe('withdrawing a request', () => {
  it('the person who asked withdraws it', () => {
    const after = apply(asked('rosa'), as('rosa'), withdraw('closed', 'rosa'));
    expect(after.teams.get('closed')?.joinRequests).toEqual([]);
  });
  it('nobody else withdraws it (admins decline instead)', () => {
    expect(text(asked('rosa'), 'tia', withdraw('closed', 'rosa'))).toBe(
      'Only the person who asked can withdraw their request; admins decline it',
    );
  });
});
