// How organizations begin (issue 14): the first sign-up of an unclaimed company domain founds its org
// as Admin with a Full seat (a trial); sign-ups from a claimed domain pick among its recommended teams;
// a Dedicated / Self-managed org's domain shows its access contact and can still found a trial org.
import { describe, expect, it } from 'vitest';
import { memberOf } from '../../memberships';
import type { World } from '../../model';
import { signupOptions } from '../../signup-options';
import { anonymous, as } from '../../test-world';
import { WorldBuilder } from '../../world-builder';
import { apply, check, type Operation } from '../registry';
import { TRIAL_DAYS, TRIAL_FULL_SEATS, type NewOrg } from './operations';

const AT = '2025-02-01T00:00:00.000Z';
const person = (email: string) => ({ id: 'u-new', username: 'newbie', name: 'Newbie', email });
const newco: NewOrg = {
  id: 'org-newco',
  slug: 'newco',
  name: 'Newco',
  teamId: 'team-newco',
  teamName: 'newco',
};
const signup = (email: string, more: Partial<Extract<Operation, { type: 'signup' }>> = {}): Operation => ({
  type: 'signup',
  person: person(email),
  at: AT,
  ...more,
});

/** acme claims acme.com (default team a-default; a-recommended recommends itself; a-closed does not). */
function world(): World {
  return new WorldBuilder()
    .org('acme', { domains: ['acme.com'], defaultTeamId: 'a-default' })
    .user('ann', { orgRole: 'admin' })
    .team('a-default', { ann: 'admin' }, { recommendForDomainSignups: true })
    .team('a-recommended', { ann: 'admin' }, { recommendForDomainSignups: true })
    .team('a-closed', { ann: 'admin' })
    .org('northwind', {
      deployment: 'dedicated',
      domains: ['northwind.org'],
      accessContact: 'it@northwind.org',
    })
    .user('nia', { orgRole: 'admin' })
    .build();
}

describe('sign-up founds an organization', () => {
  it('the first person of an unclaimed company domain is its Admin with a Full seat, on a trial, claiming it', () => {
    const op = signup('newbie@newco.io', { newOrg: newco });
    expect(check(world(), anonymous, op).allowed).toBe(true);
    const after = apply(world(), anonymous, op);
    const org = after.orgs.get('org-newco');
    expect(org).toMatchObject({
      slug: 'newco',
      plan: 'teams',
      domains: ['newco.io'],
      fullSeatLimit: TRIAL_FULL_SEATS,
    });
    expect(org?.trialEndsAt).toBe(new Date(Date.parse(AT) + TRIAL_DAYS * 86_400_000).toISOString());
    expect(memberOf(after, 'u-new', 'org-newco')).toMatchObject({ orgRole: 'admin', modelsSeat: 'full' });
    expect(after.teams.get('team-newco')?.members.get('u-new')?.role).toBe('admin');
    expect(org?.billingAdminId).toBe('u-new');
  });
  it('a personal mailbox creates a trial org without claiming its provider', () => {
    const after = apply(world(), anonymous, signup('newbie@gmail.com', { newOrg: newco }));
    expect(after.orgs.get('org-newco')?.domains).toEqual([]);
  });
  it('an address already taken is refused with the reason', () => {
    const taken = { ...newco, slug: 'acme' };
    expect(check(world(), anonymous, signup('x@newco.io', { newOrg: taken })).reasons[0]?.text).toBe(
      'An organization at acme already exists; choose another name',
    );
  });
  it('a Dedicated org’s captured domain shows its access contact, and a trial org may still be created', () => {
    const options = signupOptions(world(), 'newbie@northwind.org');
    expect(options.contact).toMatchObject({ email: 'it@northwind.org' });
    expect(options.joins).toBeNull();
    expect(options.foundsDomainOrg).toBe(false);
    const after = apply(world(), anonymous, signup('newbie@northwind.org', { newOrg: newco }));
    // The domain stays Northwind's: the trial org claims nothing.
    expect(after.orgs.get('org-newco')?.domains).toEqual([]);
  });
});

describe('sign-up team matching', () => {
  it('offers the claiming org’s recommended teams, the default among them', () => {
    const options = signupOptions(world(), 'newbie@acme.com');
    expect(options.joins?.id).toBe('acme');
    expect(options.recommendedTeams.map((t) => t.id).sort()).toEqual(['a-default', 'a-recommended']);
    expect(options.foundsDomainOrg).toBe(false);
  });
  it('joins the default team and the recommended teams chosen', () => {
    const after = apply(world(), anonymous, signup('newbie@acme.com', { teamIds: ['a-recommended'] }));
    expect(memberOf(after, 'u-new', 'acme')?.orgRole).toBe('member');
    expect(after.teams.get('a-default')?.members.has('u-new')).toBe(true);
    expect(after.teams.get('a-recommended')?.members.get('u-new')?.role).toBe('member');
  });
  it('refuses a team that does not recommend itself, saying so', () => {
    const d = check(world(), anonymous, signup('newbie@acme.com', { teamIds: ['a-closed'] }));
    expect(d.refusal).toBe('forbidden');
    expect(d.reasons[0]?.text).toBe(
      'Team a-closed does not recommend itself to new users with matching email domains; ask its admin for an invite',
    );
  });
  it('refuses teams from a domain no org claims', () => {
    expect(check(world(), anonymous, signup('newbie@else.io', { teamIds: ['a-default'] })).field).toBe(
      'teamIds',
    );
  });
});

describe('the access contact (Dedicated / Self-managed domain capture)', () => {
  const set = (orgId: string, email: string | null): Operation => ({
    type: 'org.setAccessContact',
    orgId,
    email,
  });
  it('is set by the instance admin, and refused on SaaS with the reason', () => {
    expect(check(world(), as('nia'), set('northwind', 'help@northwind.org')).allowed).toBe(true);
    expect(check(world(), as('ann'), set('acme', 'it@acme.com')).reasons[0]?.text).toMatch(
      /^An access contact is for Dedicated Cloud and Self-managed instances/,
    );
    expect(check(world(), as('nia'), set('northwind', 'nope')).field).toBe('email');
  });
});
