// check()/apply() for §1–§2: deployment/plan gating, org roles, seats, billing admin, domains, SSO.
import { describe, expect, it } from 'vitest';
import { apply, check, type Operation } from '../registry';
import { memberOf } from '../../memberships';
import { acmeWorld, as, editRow, withRow } from '../../test-world';
import { WorldBuilder } from '../../world-builder';

const w = acmeWorld();

describe('§1 deployments and plans', () => {
  it('§1 SaaS only: renaming the org is refused on Dedicated', () => {
    const op: Operation = { type: 'org.rename', orgId: 'acme', name: 'Acme 2' };
    expect(check(w, as('ann'), op).allowed).toBe(true);
    const d = check(acmeWorld({ deployment: 'dedicated' }), as('ann'), op);
    expect(d).toMatchObject({ allowed: false, refusal: 'forbidden' });
    expect(d.reasons[0]?.step).toBe('plan');
  });
  it('§1 SaaS only: domain capture is refused on Self-managed', () => {
    const d = check(acmeWorld({ deployment: 'self-managed' }), as('ann'), {
      type: 'org.claimDomain',
      orgId: 'acme',
      domain: 'acme.com',
    });
    expect(d.refusal).toBe('forbidden');
  });
  it('§1 Dedicated: the SSO provisioning switch is read-only, with the reason', () => {
    const d = check(acmeWorld({ deployment: 'dedicated', ssoProvisioning: true }), as('ann'), {
      type: 'org.setSsoProvisioning',
      orgId: 'acme',
      enabled: false,
    });
    expect(d.reasons[0]?.text).toBe('Reach out to your W&B team to turn off auto provisioning');
    expect(
      check(acmeWorld({ deployment: 'self-managed', ssoProvisioning: true }), as('ann'), {
        type: 'org.setSsoProvisioning',
        orgId: 'acme',
        enabled: false,
      }).allowed,
    ).toBe(true);
  });
  it('§1 plan: the org Viewer role needs Enterprise', () => {
    const d = check(acmeWorld({ plan: 'teams' }), as('ann'), {
      type: 'member.setOrgRole',
      orgId: 'acme',
      userId: 'gus',
      role: 'viewer',
    });
    expect(d).toMatchObject({ refusal: 'forbidden' });
    expect(d.reasons[0]).toMatchObject({
      step: 'plan',
      text: 'The org Viewer role needs an Enterprise license',
    });
  });
  it('§5.3 plan: org-wide privacy enforcement needs Enterprise', () => {
    const op: Operation = { type: 'org.setEnforcement', orgId: 'acme', setting: 'hidden', value: true };
    expect(check(w, as('ann'), op).allowed).toBe(true);
    expect(check(acmeWorld({ plan: 'teams' }), as('ann'), op).refusal).toBe('forbidden');
  });
});

describe('§2 organization', () => {
  it('§2 only org admins change org roles (403 for members)', () => {
    expect(
      check(w, as('gus'), { type: 'member.setOrgRole', orgId: 'acme', userId: 'eve', role: 'admin' }).refusal,
    ).toBe('forbidden');
  });
  it('§2 at least one org admin: demoting the last admin is refused (409)', () => {
    const d = check(w, as('ann'), {
      type: 'member.setOrgRole',
      orgId: 'acme',
      userId: 'ann',
      role: 'member',
    });
    expect(d.refusal).toBe('conflict');
    expect(d.reasons[0]?.text).toContain('last org Admin');
  });
  it('§2 at least one org admin: removing the last admin is refused (409)', () => {
    expect(check(w, as('ann'), { type: 'member.remove', orgId: 'acme', userId: 'ann' }).refusal).toBe(
      'conflict',
    );
    const two = apply(w, as('ann'), {
      type: 'member.setOrgRole',
      orgId: 'acme',
      userId: 'gus',
      role: 'admin',
    });
    expect(check(two, as('ann'), { type: 'member.remove', orgId: 'acme', userId: 'ann' }).allowed).toBe(true);
  });
  it('§2 Decision: an org Admin must hold a Full seat (promotion gives one; taking it away is refused)', () => {
    const promoted = apply(w, as('ann'), {
      type: 'member.setOrgRole',
      orgId: 'acme',
      userId: 'eve',
      role: 'admin',
    });
    expect(memberOf(promoted, 'eve', 'acme')?.modelsSeat).toBe('full');
    expect(
      check(w, as('ann'), { type: 'member.setSeat', orgId: 'acme', userId: 'ann', modelsSeat: 'viewer' }),
    ).toMatchObject({ refusal: 'invalid', field: 'modelsSeat' });
  });
  it('§2 Decision: an org Viewer holds only a Viewer seat or none', () => {
    expect(
      check(w, as('ann'), { type: 'member.setSeat', orgId: 'acme', userId: 'dee', modelsSeat: 'full' })
        .refusal,
    ).toBe('invalid');
    expect(
      check(w, as('ann'), { type: 'member.setSeat', orgId: 'acme', userId: 'dee', modelsSeat: 'none' })
        .allowed,
    ).toBe(true);
  });
  it('§2 seats: a Full seat beyond the license is refused with "Seat limit reached", counting pending invites', () => {
    let world = acmeWorld({ fullSeatLimit: 6 }); // ann bea cal gus hal = 5 full
    expect(
      check(world, as('ann'), { type: 'member.setSeat', orgId: 'acme', userId: 'eve', modelsSeat: 'full' })
        .allowed,
    ).toBe(true);
    world = withRow(world, 'invites', 'i1', {
      id: 'i1',
      orgId: 'acme',
      email: 'x@acme.com',
      orgRole: 'member',
      modelsSeat: 'full',
      weaveAccess: 'full',
      teams: [],
      invitedById: 'ann',
      sentAt: '2025-01-01T00:00:00.000Z',
      expiresAt: '2025-01-08T00:00:00.000Z',
      status: 'pending',
    });
    const d = check(world, as('ann'), {
      type: 'member.setSeat',
      orgId: 'acme',
      userId: 'eve',
      modelsSeat: 'full',
    });
    expect(d.refusal).toBe('conflict');
    expect(d.reasons[0]?.text).toMatch(/^Seat limit reached/);
  });
  it('§2 billing admin: an Admin or Member, never a Viewer; only admins assign', () => {
    expect(check(w, as('ann'), { type: 'org.setBillingAdmin', orgId: 'acme', userId: 'gus' }).allowed).toBe(
      true,
    );
    expect(check(w, as('ann'), { type: 'org.setBillingAdmin', orgId: 'acme', userId: 'dee' }).refusal).toBe(
      'conflict',
    );
    expect(check(w, as('gus'), { type: 'org.setBillingAdmin', orgId: 'acme', userId: 'gus' }).refusal).toBe(
      'forbidden',
    );
    const after = apply(w, as('ann'), { type: 'org.setBillingAdmin', orgId: 'acme', userId: 'gus' });
    expect(after.orgs.get('acme')?.billingAdminId).toBe('gus');
  });
  it('§2 org Viewer: becoming a Viewer makes every team role View-Only', () => {
    const after = apply(w, as('ann'), {
      type: 'member.setOrgRole',
      orgId: 'acme',
      userId: 'gus',
      role: 'viewer',
    });
    expect(after.teams.get('ml-research')?.members.get('gus')?.role).toBe('viewer');
    expect(memberOf(after, 'gus', 'acme')?.modelsSeat).toBe('viewer');
  });
  it('unknown users answer 404', () => {
    expect(check(w, as('ann'), { type: 'member.remove', orgId: 'acme', userId: 'nobody' }).refusal).toBe(
      'not-found',
    );
  });
});

describe('§3 domain capture', () => {
  it('§3 a domain is unique across orgs: one held by another org is refused (409)', () => {
    let world = acmeWorld();
    world = editRow(world, 'orgs', 'globex', (row) => ({ ...row, domains: ['globex.com'] }));
    expect(
      check(world, as('ann'), { type: 'org.claimDomain', orgId: 'acme', domain: 'globex.com' }).refusal,
    ).toBe('conflict');
    expect(
      check(world, as('ann'), { type: 'org.claimDomain', orgId: 'acme', domain: 'acme.com' }).allowed,
    ).toBe(true);
  });
  it('§3 a claimed domain must be a valid domain (422)', () => {
    expect(
      check(w, as('ann'), { type: 'org.claimDomain', orgId: 'acme', domain: 'not a domain' }),
    ).toMatchObject({ refusal: 'invalid', field: 'domain' });
  });
  it('§3 default team: only teams with domain matching on may be chosen', () => {
    expect(
      check(w, as('ann'), { type: 'org.setDefaultTeam', orgId: 'acme', teamId: 'ml-research' }),
    ).toMatchObject({ refusal: 'invalid', field: 'teamId' });
    const world = new WorldBuilder()
      .org('acme')
      .user('ann', { orgRole: 'admin' })
      .team('t', { ann: 'admin' }, { recommendForDomainSignups: true })
      .build();
    expect(check(world, as('ann'), { type: 'org.setDefaultTeam', orgId: 'acme', teamId: 't' }).allowed).toBe(
      true,
    );
  });
});
