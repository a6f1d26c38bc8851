import { describe, expect, it } from 'vitest';
import { billingCandidatesSchema, orgSettingsSchema } from '../../src/api/org-settings';
import { errorOf, startBackend } from './backend';
import { readJson } from './read-json';

const base = (b: { slug: string }) => `/orgs/${b.slug}/settings`;

describe('domain capture', () => {
  it('claims a domain with its default team in one change, and releases it', async () => {
    const b = startBackend();
    const team = b.db.world.teams.values().find((t) => t.name === 'ml-research');
    const claim = await b.call('POST', `${base(b)}/domains`, {
      domain: ' Acme-Research.ORG ',
      teamId: team?.id,
    });
    expect(claim.status).toBe(200);
    const s = readJson(claim, orgSettingsSchema);
    expect(s.general.domains.map((d) => d.domain)).toContain('acme-research.org');
    const released = await b.call('DELETE', `${base(b)}/domains/acme-research.org`);
    expect(released.status).toBe(200);
    expect(readJson(released, orgSettingsSchema).general.domains.map((d) => d.domain)).toEqual([
      'acme-ml.com',
    ]);
  });

  it('a domain Globex holds is a 409 with the message; nothing is saved', async () => {
    const b = startBackend();
    const before = b.db.log.length;
    const { status, json } = await b.call('POST', `${base(b)}/domains`, { domain: 'globex.io' });
    expect(status).toBe(409);
    expect(errorOf(json).message).toBe('globex.io is already claimed by another organization');
    expect(b.db.log.length).toBe(before);
  });

  it('a bad domain is a 422 on the domain field; a bad default team rolls back the claim', async () => {
    const b = startBackend();
    const bad = await b.call('POST', `${base(b)}/domains`, { domain: 'not a domain' });
    expect(bad.status).toBe(422);
    expect(errorOf(bad.json).fieldErrors.domain).toMatch(/not a valid domain/);
    const vision = b.db.world.teams.values().find((t) => t.name === 'vision');
    const team = await b.call('POST', `${base(b)}/domains`, { domain: 'acme.dev', teamId: vision?.id });
    expect(team.status).toBe(422);
    expect(errorOf(team.json).fieldErrors.teamId).toMatch(/does not recommend itself/);
    expect(b.db.world.orgs.get(b.db.homeOrgId)?.domains).toEqual(['acme-ml.com']);
  });

  it('default team: set, clear, refused for a team without domain matching', async () => {
    const b = startBackend();
    const cleared = await b.call('PUT', `${base(b)}/default-team`, { teamId: null });
    expect(readJson(cleared, orgSettingsSchema).general.defaultTeam).toBeNull();
    const infra = b.db.world.teams.values().find((t) => t.name === 'infra');
    expect((await b.call('PUT', `${base(b)}/default-team`, { teamId: infra?.id })).status).toBe(422);
  });

  it('Members are refused 403; startup (Teams, SaaS) may claim; dedicated may not', async () => {
    const b = startBackend();
    b.actAs(b.person('member'));
    expect((await b.call('POST', `${base(b)}/domains`, { domain: 'x.org' })).status).toBe(403);
    expect((await b.call('DELETE', `${base(b)}/domains/acme-ml.com`)).status).toBe(403);
    const startup = startBackend('startup');
    expect((await startup.call('POST', `${base(startup)}/domains`, { domain: 'pixel.dev' })).status).toBe(
      200,
    );
    const dedicated = startBackend('dedicated');
    const refused = await dedicated.call('POST', `${base(dedicated)}/domains`, { domain: 'nw.org' });
    expect(refused.status).toBe(403);
    expect(errorOf(refused.json).message).toMatch(/Domain capture is available only on Multi-tenant Cloud/);
  });
});

describe('billing user', () => {
  it('candidates: Admins and Members may be chosen, Viewers not, with the reason', async () => {
    const b = startBackend();
    const { json } = await b.call('GET', `${base(b)}/billing-candidates?q=`);
    const list = readJson({ json }, billingCandidatesSchema);
    expect(list.items.length).toBeLessThanOrEqual(20);
    const erin = readJson(
      await b.call('GET', `${base(b)}/billing-candidates?q=erin`),
      billingCandidatesSchema,
    ).items[0];
    expect(erin?.canChoose.allowed).toBe(false);
    expect(erin?.canChoose.reasons.map((r) => r.text).join(' ')).toMatch(/must be an Admin or Member/);
  });

  it('an admin changes it; a Viewer target is 409; a Member actor is 403', async () => {
    const b = startBackend();
    const carla = b.person('member');
    const done = await b.call('PUT', `${base(b)}/billing-admin`, { userId: carla.id });
    expect(done.status).toBe(200);
    expect(readJson(done, orgSettingsSchema).billing.billingAdmin?.id).toBe(carla.id);
    const viewer = await b.call('PUT', `${base(b)}/billing-admin`, { userId: b.person('viewer').id });
    expect(viewer.status).toBe(409);
    b.actAs(carla);
    const refused = await b.call('PUT', `${base(b)}/billing-admin`, { userId: carla.id });
    expect(refused.status).toBe(403);
    expect(errorOf(refused.json).reasons.length).toBeGreaterThan(0);
  });
});

describe('privacy enforcement and SSO provisioning', () => {
  it('enforces a team setting org-wide and lifts it; unknown settings are 422', async () => {
    const b = startBackend();
    const on = await b.call('PUT', `${base(b)}/enforcements`, { setting: 'hidden', value: true });
    expect(on.status).toBe(200);
    expect(readJson(on, orgSettingsSchema).privacy.settings.find((s) => s.key === 'hidden')?.enforced).toBe(
      true,
    );
    const off = await b.call('PUT', `${base(b)}/enforcements`, { setting: 'hidden', value: null });
    expect(
      readJson(off, orgSettingsSchema).privacy.settings.find((s) => s.key === 'hidden')?.enforced,
    ).toBeNull();
    const bad = await b.call('PUT', `${base(b)}/enforcements`, {
      setting: 'recommendForDomainSignups',
      value: true,
    });
    expect(bad.status).toBe(422);
  });

  it('enforcement needs Enterprise (startup 403) and an org admin (Viewer 403)', async () => {
    const startup = startBackend('startup');
    const refused = await startup.call('PUT', `${base(startup)}/enforcements`, {
      setting: 'hidden',
      value: true,
    });
    expect(refused.status).toBe(403);
    expect(errorOf(refused.json).message).toMatch(/Enterprise license/);
    const b = startBackend();
    b.actAs(b.person('viewer'));
    expect((await b.call('PUT', `${base(b)}/enforcements`, { setting: 'hidden', value: true })).status).toBe(
      403,
    );
  });

  it('SSO provisioning: SaaS Enterprise admin toggles; Dedicated is read-only; Teams plan lacks SSO', async () => {
    const b = startBackend();
    const on = await b.call('PUT', `${base(b)}/sso-provisioning`, { enabled: true });
    expect(readJson(on, orgSettingsSchema).security.ssoProvisioning).toBe(true);
    const dedicated = startBackend('dedicated');
    const ro = await dedicated.call('PUT', `${base(dedicated)}/sso-provisioning`, { enabled: false });
    expect(ro.status).toBe(403);
    expect(errorOf(ro.json).message).toBe('Reach out to your W&B team to turn off auto provisioning');
    const startup = startBackend('startup');
    const plan = await startup.call('PUT', `${base(startup)}/sso-provisioning`, { enabled: true });
    expect(errorOf(plan.json).message).toBe('SSO needs an Enterprise license');
  });

  it('Self-managed: the admin may Disable SSO Provisioning and turn it back on; a Member is refused', async () => {
    const b = startBackend('self-managed');
    const view = readJson(await b.call('GET', base(b)), orgSettingsSchema);
    expect(view.org.deployment).toBe('self-managed');
    expect(view.security.ssoProvisioning).toBe(true);
    expect(view.viewer.canSetSsoProvisioning.allowed).toBe(true);
    const off = await b.call('PUT', `${base(b)}/sso-provisioning`, { enabled: false });
    expect(off.status).toBe(200);
    expect(readJson(off, orgSettingsSchema).security.ssoProvisioning).toBe(false);
    const on = await b.call('PUT', `${base(b)}/sso-provisioning`, { enabled: true });
    expect(readJson(on, orgSettingsSchema).security.ssoProvisioning).toBe(true);
    b.actAs(b.person('member'));
    const refused = await b.call('PUT', `${base(b)}/sso-provisioning`, { enabled: false });
    expect(refused.status).toBe(403);
    expect(errorOf(refused.json).message).toContain("Only org Admins can change the organization's settings");
    expect(b.db.world.orgs.get(b.db.homeOrgId)?.ssoProvisioning).toBe(true);
  });
});
