// Issue 14 through the API: sign-up founds an org or picks recommended teams, a Dedicated instance's
// access contact, the org switcher and Default API organization of a person in two orgs, and joining a
// domain's team from the app. Each refusal carries the engine's reason; each change is in the audit log.
import { describe, expect, it } from 'vitest';
import { arrivalResultSchema, signupOptionsSchema } from '../../src/api/arrivals';
import { orgSettingsSchema } from '../../src/api/org-settings';
import { candidatesSchema, sessionSchema } from '../../src/api/session';
import { joinableTeamsSchema } from '../../src/api/teams';
import { ACME_CAST as cast } from '../../mocks/db/scenarios/default-cast';
import { memberOf } from '../../mocks/engine/index';
import { errorOf, startBackend } from './backend';
import { readJson } from './read-json';

describe('sign-up', () => {
  it('the first sign-up of an unclaimed company domain creates its org, as Admin with a Full seat', async () => {
    const b = startBackend();
    const options = readJson(
      await b.call('GET', '/arrivals/signup-options?email=kim@newco.io'),
      signupOptionsSchema,
    );
    expect(options).toMatchObject({ joins: null, foundsOrg: { name: 'Newco' }, contact: null });
    const r = readJson(
      await b.call('POST', '/arrivals/signup', { name: 'Kim Lee', email: 'kim@newco.io' }),
      arrivalResultSchema,
    );
    expect(r).toMatchObject({ outcome: 'founded', orgName: 'Newco', orgRole: 'admin', modelsSeat: 'full' });
    const org = b.db.world.orgs.values().find((o) => o.name === 'Newco');
    expect(org).toMatchObject({ slug: 'newco', domains: ['newco.io'], plan: 'teams' });
    expect(org?.trialEndsAt).not.toBeNull();
    expect(b.db.log.at(-1)?.op).toMatchObject({ type: 'signup', newOrg: { slug: 'newco' } });
    // Its own Settings, Users and Teams answer to its admin.
    b.actAs({ id: r.person.id });
    expect((await b.call('GET', '/orgs/newco/users')).status).toBe(200);
    expect((await b.call('GET', '/orgs/newco/settings')).status).toBe(200);
    expect((await b.call('GET', '/orgs/newco/teams')).status).toBe(200);
  });

  it('a personal mailbox may create a trial org by name, or stay outside', async () => {
    const b = startBackend();
    const trial = readJson(
      await b.call('POST', '/arrivals/signup', {
        name: 'Ana',
        email: 'ana@gmail.com',
        createOrg: { name: 'Ana Labs' },
      }),
      arrivalResultSchema,
    );
    expect(trial).toMatchObject({ outcome: 'founded', orgName: 'Ana Labs' });
    expect(b.db.world.orgs.values().find((o) => o.name === 'Ana Labs')?.domains).toEqual([]);
    const outside = readJson(
      await b.call('POST', '/arrivals/signup', { name: 'Bo', email: 'bo@gmail.com' }),
      arrivalResultSchema,
    );
    expect(outside.outcome).toBe('outside');
  });

  it('a claimed domain offers its recommended teams; a team that is not recommended is refused with the reason', async () => {
    const b = startBackend();
    const options = readJson(
      await b.call('GET', '/arrivals/signup-options?email=x@acme-ml.com'),
      signupOptionsSchema,
    );
    expect(options.joins?.name).toBe('Acme ML');
    expect(options.teams.some((t) => t.isDefault)).toBe(true);
    const closed = b.db.world.teams
      .values()
      .find((t) => t.orgId === cast.org.id && !t.settings.recommendForDomainSignups);
    const refused = await b.call('POST', '/arrivals/signup', {
      name: 'X',
      email: 'x@acme-ml.com',
      teamIds: [closed?.id],
    });
    expect(refused.status).toBe(403);
    expect(errorOf(refused.json).message).toMatch(
      /does not recommend itself to new users with matching email domains/,
    );
  });
});

describe('Dedicated Cloud domain capture', () => {
  it('the admin sets the access contact; a SaaS sign-up from its domain is shown it', async () => {
    const b = startBackend('dedicated');
    const slug = b.slug;
    const set = await b.call('PUT', `/orgs/${slug}/settings/access-contact`, {
      email: 'ml-access@northwind-health.org',
    });
    expect(readJson(set, orgSettingsSchema).general.accessContact).toBe('ml-access@northwind-health.org');
    expect(b.db.log.at(-1)?.op.type).toBe('org.setAccessContact');
    const options = readJson(
      await b.call('GET', '/arrivals/signup-options?email=pat@northwind-health.org'),
      signupOptionsSchema,
    );
    expect(options.contact).toEqual({ orgName: 'Northwind Health', email: 'ml-access@northwind-health.org' });
    // A member may not set it (403, the engine's reason).
    b.actAs(b.person('member'));
    const refused = await b.call('PUT', `/orgs/${slug}/settings/access-contact`, { email: null });
    expect(refused.status).toBe(403);
  });
});

describe('a person in two orgs', () => {
  it('switches orgs, sees their role in each, and chooses the Default API organization (audited)', async () => {
    const b = startBackend();
    b.actAs({ id: cast.multiOrg });
    const session = readJson(await b.call('GET', '/session'), sessionSchema);
    expect(session.actingUser?.orgs.map((o) => o.name)).toEqual(['Acme ML', 'Globex']);
    expect(session.actingUser?.defaultOrgId).toBe(cast.org.id);
    const switched = readJson(await b.call('PUT', '/session/org', { orgId: 'org-globex' }), sessionSchema);
    expect(switched.org.slug).toBe('globex');
    expect(switched.actingUser?.orgRole).toBe('member');
    const chosen = readJson(
      await b.call('PUT', '/session/default-org', { orgId: 'org-globex' }),
      sessionSchema,
    );
    expect(chosen.actingUser?.defaultOrgId).toBe('org-globex');
    expect(b.db.log.at(-1)?.op).toMatchObject({ type: 'person.setDefaultOrg', orgId: 'org-globex' });
    const refused = await b.call('PUT', '/session/default-org', { orgId: 'org-acme-ml-nope' });
    expect(refused.status).toBe(404);
  });

  it('View as lists the shown org’s people first, saying who is also elsewhere', async () => {
    const b = startBackend();
    const list = readJson(await b.call('GET', '/session/candidates?q=samir'), candidatesSchema);
    expect(list.items[0]).toMatchObject({ inOrg: true, description: 'Member · also in Globex' });
    const outsider = readJson(await b.call('GET', '/session/candidates?q=sven'), candidatesSchema);
    expect(outsider.items[0]).toMatchObject({ inOrg: false, description: 'Outside the org (Globex)' });
  });

  it('removing them from Globex leaves their Acme role and teams alone', async () => {
    const b = startBackend();
    await b.call('PUT', '/session/org', { orgId: 'org-globex' });
    b.actAs({ id: 'user-sberg' });
    const done = await b.call('DELETE', `/orgs/globex/users/${cast.multiOrg}`);
    expect(done.status).toBe(200);
    expect(memberOf(b.db.world, cast.multiOrg, 'org-globex')).toBeUndefined();
    expect(b.member(cast.multiOrg)?.orgRole).toBe('member');
  });
});

describe('joining a team of your domain from the app', () => {
  it('lists the recommended teams of the org claiming your domain and joins one', async () => {
    const b = startBackend();
    // Someone with an Acme address who left every team: the default team is offered again.
    b.actAs({ id: cast.formerMember });
    const list = readJson(await b.call('GET', '/session/joinable-teams'), joinableTeamsSchema);
    expect(list.domain).toBe('acme-ml.com');
    // ml-research recommends itself to acme-ml.com; the other unhidden teams are asked to join.
    const team = list.items.find((t) => t.canJoin.allowed);
    expect(team?.name).toBe('ml-research');
    expect(list.items.filter((t) => !t.canJoin.allowed).every((t) => t.canAsk.allowed)).toBe(true);
    const joined = await b.call('POST', `/teams/${team?.id}/join-by-domain`);
    expect(joined.status).toBe(200);
    expect(b.member(cast.formerMember)?.orgRole).toBe('member');
    expect(b.db.log.at(-1)?.op.type).toBe('team.joinByDomain');
  });
  it('refuses someone whose domain the org has not claimed, with the reason', async () => {
    const b = startBackend();
    b.actAs({ id: cast.outsider });
    const acmeTeam = b.db.world.teams
      .values()
      .find((t) => t.orgId === cast.org.id && t.settings.recommendForDomainSignups);
    const refused = await b.call('POST', `/teams/${acmeTeam?.id}/join-by-domain`);
    expect(refused.status).toBe(403);
    expect(errorOf(refused.json).message).toMatch(/has not claimed globex.io/);
  });
});
