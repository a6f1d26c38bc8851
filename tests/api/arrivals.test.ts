import { describe, expect, it } from 'vitest';
import { arrivalOptionsSchema, arrivalResultSchema } from '../../src/api/arrivals';
import { errorOf, startBackend } from './backend';
import { readJson } from './read-json';

const teamId = (b: ReturnType<typeof startBackend>, name: string) =>
  b.db.world.teams.values().find((t) => t.name === name)?.id ?? '';

describe('arrivals', () => {
  it('lists the pending invites, expired ones flagged', async () => {
    const b = startBackend();
    const { json } = await b.call('GET', '/arrivals');
    const options = readJson({ json }, arrivalOptionsSchema);
    expect(options.invites.map((i) => i.email)).toContain('nora.lindqvist@acme-ml.com');
    expect(options.invites.find((i) => i.email === 'jonas.berg@gmail.com')?.expired).toBe(true);
    expect(options.invites.map((i) => i.email)).not.toContain('contractor@example.com');
  });

  it('accepting an invite joins with its role, seat and teams (plus auto-add teams), not the default team', async () => {
    const b = startBackend();
    const invite = b.db.world.invites.values().find((i) => i.email.startsWith('kenji'));
    const { status, json } = await b.call('POST', '/arrivals/accept-invite', { inviteId: invite?.id });
    expect(status).toBe(200);
    const result = readJson({ json }, arrivalResultSchema);
    expect(result).toMatchObject({
      outcome: 'joined',
      orgName: 'Acme ML',
      orgRole: 'member',
      modelsSeat: 'full',
    });
    // vision and infra from the invite (infra also adds every newcomer).
    expect(result.teams).toEqual(['infra', 'vision']);
    expect(result.summary).toMatch(/Kenji Watanabe accepted the invite/);
    expect(b.db.world.invites.get(invite?.id ?? '')?.status).toBe('accepted');
    // The invite cannot be used twice.
    expect((await b.call('POST', '/arrivals/accept-invite', { inviteId: invite?.id })).status).toBe(409);
  });

  it('an expired invite is refused (409) with the reason; an unknown one is 404', async () => {
    const b = startBackend();
    const expired = b.db.world.invites.values().find((i) => i.email === 'jonas.berg@gmail.com');
    const { status, json } = await b.call('POST', '/arrivals/accept-invite', { inviteId: expired?.id });
    expect(status).toBe(409);
    expect(errorOf(json).message).toMatch(/expired on .*ask an admin to resend it/);
    expect((await b.call('POST', '/arrivals/accept-invite', { inviteId: 'nope' })).status).toBe(404);
  });

  it('signing up with a claimed domain joins as Member of the default team and the auto-add team', async () => {
    const b = startBackend();
    const { status, json } = await b.call('POST', '/arrivals/signup', {
      name: 'Quinn Park',
      email: 'Quinn@Acme-ML.com',
    });
    expect(status).toBe(200);
    const r = readJson({ json }, arrivalResultSchema);
    expect(r).toMatchObject({ outcome: 'joined', orgRole: 'member', orgName: 'Acme ML' });
    expect(r.teams).toEqual(['infra', 'ml-research']);
    expect(b.member(r.person.id)?.joinedVia).toBe('domain-capture');
    expect(b.db.world.teams.get(teamId(b, 'ml-research'))?.members.get(r.person.id)?.role).toBe('member');
  });

  it('signing up without a claimed domain ends outside every org, and says so', async () => {
    const b = startBackend();
    const { json } = await b.call('POST', '/arrivals/signup', { name: 'Ola', email: 'ola@gmail.com' });
    const r = readJson({ json }, arrivalResultSchema);
    expect(r.outcome).toBe('outside');
    expect(r.orgName).toBeNull();
    expect(r.summary).toMatch(/no organization has claimed gmail.com/);
  });

  it('sign-up input: a bad email or empty name is 422 on the field; a taken email is 409', async () => {
    const b = startBackend();
    const bad = await b.call('POST', '/arrivals/signup', { name: '', email: 'nope' });
    expect(bad.status).toBe(422);
    expect(Object.keys(errorOf(bad.json).fieldErrors).sort()).toEqual(['email', 'name']);
    const taken = await b.call('POST', '/arrivals/signup', { name: 'Ava', email: b.person('admin').email });
    expect(taken.status).toBe(409);
  });

  it('first SSO sign-in: refused while provisioning is off, joins as Member once an admin turns it on', async () => {
    const b = startBackend();
    const person = { name: 'Sam Reed', email: 'sam.reed@acme-ml.com' };
    const off = await b.call('POST', '/arrivals/sso', person);
    expect(off.status).toBe(403);
    expect(errorOf(off.json).message).toMatch(/SSO auto-provisioning is off for Acme ML/);
    await b.call('PUT', `/orgs/${b.slug}/settings/sso-provisioning`, { enabled: true });
    const on = await b.call('POST', '/arrivals/sso', person);
    expect(on.status).toBe(200);
    const r = readJson(on, arrivalResultSchema);
    expect(r).toMatchObject({ outcome: 'joined', orgRole: 'member' });
    expect(r.teams).toEqual(['infra']);
    // Another domain is refused even with provisioning on.
    const foreign = await b.call('POST', '/arrivals/sso', { name: 'X', email: 'x@other.org' });
    expect(foreign.status).toBe(403);
  });

  it('SSO on Dedicated (provisioning on) joins; on a Teams plan it needs Enterprise', async () => {
    const dedicated = startBackend('dedicated');
    const r = await dedicated.call('POST', '/arrivals/sso', {
      name: 'Ada',
      email: 'ada@northwind-health.org',
    });
    expect(r.status).toBe(200);
    const startup = startBackend('startup');
    const refused = await startup.call('POST', '/arrivals/sso', { name: 'Ada', email: 'ada@pixelforge.ai' });
    expect(refused.status).toBe(403);
    expect(errorOf(refused.json).message).toBe('SSO needs an Enterprise license');
  });

  it('arrivals are public: they work whoever the demo is viewing as, and change nobody else', async () => {
    const b = startBackend();
    b.actAs(b.person('viewer'));
    const r = await b.call('POST', '/arrivals/signup', { name: 'Vi', email: 'vi@acme-ml.com' });
    expect(r.status).toBe(200);
    expect(b.db.session.actingUserId).toBe(b.person('viewer').id);
  });
});
