// People in several organizations (issue 14): each org has its own role, seats and teams; "outsider"
// means "not in this org"; an invite from a second org is accepted; a removal leaves other orgs alone;
// the Default API organization; joining a domain's recommended team from the app.
import { describe, expect, it } from 'vitest';
import { decide } from '../../decide';
import { memberOf } from '../../memberships';
import { apply, check, type Operation } from '../registry';
import { inviteExpiry } from '../rules';
import type { World } from '../../model';
import { as, withRow, withTeamSettings } from '../../test-world';
import { WorldBuilder } from '../../world-builder';

const AT = '2025-02-01T00:00:00.000Z';

/** acme and globex; sam is an acme Admin and a globex Member (team g-team); olga is globex's Admin. */
function twoOrgs(): World {
  return new WorldBuilder()
    .org('acme', { domains: ['acme.com'] })
    .user('ann', { orgRole: 'admin' })
    .user('sam', { orgRole: 'admin' })
    .team('a-team', { ann: 'admin', sam: 'member' }, { recommendForDomainSignups: true })
    .team('a-closed', { ann: 'admin' })
    .org('globex', { plan: 'teams' })
    .user('olga', { orgRole: 'admin' })
    .alsoMember('sam', 'member')
    .team('g-team', { olga: 'admin', sam: 'member' })
    .build();
}

describe('a person in several organizations', () => {
  it('holds a role per org: Admin of acme, Member of globex, and the engine asks the org in question', () => {
    const w = twoOrgs();
    expect(memberOf(w, 'sam', 'acme')?.orgRole).toBe('admin');
    expect(memberOf(w, 'sam', 'globex')?.orgRole).toBe('member');
    expect(decide(w, as('sam'), 'organization:update_member', { kind: 'org', orgId: 'acme' }).allowed).toBe(
      true,
    );
    const there = decide(w, as('sam'), 'organization:update_member', { kind: 'org', orgId: 'globex' });
    expect(there.allowed).toBe(false);
    expect(there.reasons.map((r) => r.text)).toContain('Sam is an org Member of Globex');
  });

  it('"outsider" means "not in this org": olga is refused in acme, named as outside it', () => {
    const d = decide(twoOrgs(), as('olga'), 'organization:read', { kind: 'org', orgId: 'acme' });
    expect(d.allowed).toBe(false);
    expect(d.reasons[0]?.text).toBe('Olga is not in organization Acme');
  });

  it("a role change in one org leaves the other org's role and seat as they were", () => {
    const op: Operation = { type: 'member.setOrgRole', orgId: 'globex', userId: 'sam', role: 'admin' };
    expect(check(twoOrgs(), as('olga'), op).allowed).toBe(true);
    const after = apply(twoOrgs(), as('olga'), op);
    expect(memberOf(after, 'sam', 'globex')?.orgRole).toBe('admin');
    expect(memberOf(after, 'sam', 'acme')?.orgRole).toBe('admin');
    // globex's admin cannot touch sam's acme membership.
    const acmeOp: Operation = { type: 'member.setOrgRole', orgId: 'acme', userId: 'sam', role: 'member' };
    expect(check(twoOrgs(), as('olga'), acmeOp).refusal).toBe('forbidden');
  });

  it('removing a person from one org leaves their other orgs, teams and seats alone', () => {
    const after = apply(twoOrgs(), as('olga'), { type: 'member.remove', orgId: 'globex', userId: 'sam' });
    expect(memberOf(after, 'sam', 'globex')).toBeUndefined();
    expect(after.teams.get('g-team')?.members.has('sam')).toBe(false);
    expect(memberOf(after, 'sam', 'acme')).toMatchObject({ orgRole: 'admin', modelsSeat: 'full' });
    expect(after.teams.get('a-team')?.members.get('sam')?.role).toBe('member');
  });

  it("a sole team Admin in one org is not held back in another: the guard counts the org's own teams", () => {
    // sam alone administers globex's g-solo; in acme he may still become a Viewer or be removed.
    const w = new WorldBuilder()
      .org('acme')
      .user('ann', { orgRole: 'admin' })
      .user('sam', { orgRole: 'member' })
      .team('a-team', { ann: 'admin', sam: 'member' })
      .org('globex', { plan: 'enterprise' })
      .user('olga', { orgRole: 'admin' })
      .alsoMember('sam', 'member')
      .team('g-solo', { sam: 'admin', olga: 'member' })
      .build();
    const demote: Operation = { type: 'member.setOrgRole', orgId: 'acme', userId: 'sam', role: 'viewer' };
    expect(check(w, as('ann'), demote).allowed).toBe(true);
    expect(check(w, as('ann'), { type: 'member.remove', orgId: 'acme', userId: 'sam' }).allowed).toBe(true);
    // In globex itself the guard still holds.
    const there: Operation = { type: 'member.setOrgRole', orgId: 'globex', userId: 'sam', role: 'viewer' };
    expect(check(w, as('olga'), there).refusal).toBe('conflict');
  });

  it('accepting an invite from a second org adds that org and keeps the first', () => {
    const w = withRow(twoOrgs(), 'invites', 'inv-olga', {
      id: 'inv-olga',
      orgId: 'acme',
      email: 'olga',
      orgRole: 'member',
      modelsSeat: 'viewer',
      weaveAccess: 'viewer',
      teams: [{ teamId: 'a-team', role: 'member' }],
      invitedById: 'ann',
      sentAt: AT,
      expiresAt: inviteExpiry(AT),
      status: 'pending',
    });
    const olga = { id: 'olga', username: 'olga', name: 'Olga', email: 'olga@globex.com' };
    const op: Operation = { type: 'invite.accept', inviteId: 'inv-olga', person: olga, at: AT };
    expect(check(w, as('olga'), op).allowed).toBe(true);
    const after = apply(w, as('olga'), op);
    expect(after.users.get('olga')?.orgs.map((m) => m.orgId)).toEqual(['globex', 'acme']);
    expect(memberOf(after, 'olga', 'acme')).toMatchObject({ orgRole: 'member', modelsSeat: 'viewer' });
    expect(memberOf(after, 'olga', 'globex')?.orgRole).toBe('admin');
    // A second invite from the same org is refused: they are already in it.
    const invite = w.invites.get('inv-olga');
    if (!invite) throw new Error('the invite is in the world');
    const again = withRow(after, 'invites', 'inv-2', { ...invite, id: 'inv-2' });
    expect(check(again, as('olga'), { ...op, inviteId: 'inv-2' }).reasons[0]?.text).toBe(
      'Olga is already a member of Acme',
    );
  });
});

describe('Default API organization', () => {
  const set = (orgId: string): Operation => ({ type: 'person.setDefaultOrg', userId: 'sam', orgId });
  it('is one of the person’s orgs, chosen by them only', () => {
    const w = twoOrgs();
    expect(w.users.get('sam')?.defaultOrgId).toBe('acme');
    expect(check(w, as('sam'), set('globex')).allowed).toBe(true);
    expect(apply(w, as('sam'), set('globex')).users.get('sam')?.defaultOrgId).toBe('globex');
    expect(check(w, as('ann'), set('globex')).reasons[0]?.text).toBe(
      'Only the person themselves chooses their Default API organization',
    );
    const outside = new WorldBuilder()
      .org('acme')
      .user('sam')
      .org('initech')
      .user('ivy', { orgRole: 'admin' })
      .build();
    expect(check(outside, as('sam'), set('initech')).reasons[0]?.text).toBe(
      'Sam is not in organization Initech',
    );
  });
  it('moves to another of their orgs when they leave the default one', () => {
    const w = apply(twoOrgs(), as('sam'), set('globex'));
    const after = apply(w, as('olga'), { type: 'member.remove', orgId: 'globex', userId: 'sam' });
    expect(after.users.get('sam')?.defaultOrgId).toBe('acme');
  });
});

describe('joining a team of your email domain’s org from the app', () => {
  const join = (teamId: string): Operation => ({ type: 'team.joinByDomain', teamId, at: AT });
  /** pia has an acme.com account and belongs to no org yet. */
  const withPia = (w: World = twoOrgs()): World =>
    withRow(w, 'users', 'pia', {
      id: 'pia',
      username: 'pia',
      name: 'Pia',
      email: 'pia@acme.com',
      orgs: [],
      defaultOrgId: null,
      lastActiveAt: null,
    });

  it('joins a team that recommends itself to the domain, and the org with it (as Member)', () => {
    const w = withPia();
    expect(check(w, as('pia'), join('a-team')).allowed).toBe(true);
    const after = apply(w, as('pia'), join('a-team'));
    expect(memberOf(after, 'pia', 'acme')).toMatchObject({ orgRole: 'member', joinedVia: 'domain-capture' });
    expect(after.teams.get('a-team')?.members.get('pia')?.role).toBe('member');
  });
  it('is refused, with the reason, for a team that does not recommend itself', () => {
    expect(check(withPia(), as('pia'), join('a-closed')).reasons[0]?.text).toBe(
      'Team a-closed does not take people from matching email domains; ask its admin for an invite',
    );
  });
  it('is refused for an email domain the org has not claimed', () => {
    const w = withTeamSettings(twoOrgs(), 'g-team', { recommendForDomainSignups: true });
    expect(check(withPia(w), as('pia'), join('g-team')).reasons[0]?.text).toBe(
      'Globex has not claimed acme.com, so its teams are joined by invitation',
    );
  });
  it('is refused for someone already in the team', () => {
    expect(check(twoOrgs(), as('sam'), join('a-team')).refusal).toBe('conflict');
  });
});
