import { describe, expect, it } from 'vitest';
import { orgSettingsSchema } from '../../src/api/org-settings';
import { sessionSchema } from '../../src/api/session';
import { errorOf, startBackend } from './backend';
import { readJson } from './read-json';

const settingsOf = async (b: ReturnType<typeof startBackend>) => {
  const { status, json } = await b.call('GET', `/orgs/${b.slug}/settings`);
  expect(status).toBe(200);
  return readJson({ json }, orgSettingsSchema);
};
const denial = (json: unknown) =>
  errorOf(json)
    .reasons.map((r) => r.text)
    .join(' | ');

describe('GET /api/orgs/:org/settings', () => {
  it('an org admin may change everything on Enterprise SaaS', async () => {
    const b = startBackend();
    const s = await settingsOf(b);
    expect(s.org.name).toBe('Acme ML');
    expect(s.general.domains.map((d) => d.domain)).toEqual(['acme-ml.com']);
    expect(s.general.defaultTeam?.name).toBe('ml-research');
    expect(s.billing.billingAdmin?.name).toBe('Rosa Alvarez');
    // Everything but the access contact, which is for Dedicated / Self-managed instances (ADR 0025).
    const { canSetAccessContact, ...saasSettings } = s.viewer;
    expect(Object.values(saasSettings).every((d) => d.allowed)).toBe(true);
    expect(canSetAccessContact.reasons[0]?.text).toMatch(
      /^An access contact is for Dedicated Cloud and Self-managed/,
    );
    // Only teams recommending themselves to matching domains may be the default team, with the reason.
    const vision = s.general.teamOptions.find((t) => t.name === 'vision');
    expect(vision?.canChoose.allowed).toBe(false);
    expect(vision?.canChoose.reasons.map((r) => r.text).join(' ')).toMatch(/does not recommend itself/);
    expect(s.general.teamOptions.find((t) => t.name === 'ml-research')?.canChoose.allowed).toBe(true);
  });

  it('Members and Viewers read the page, every change refused with the engine reasons', async () => {
    for (const role of ['member', 'viewer'] as const) {
      const b = startBackend();
      const who = b.person(role);
      b.actAs(who);
      const s = await settingsOf(b);
      for (const d of Object.values(s.viewer)) {
        expect(d.allowed).toBe(false);
        expect(d.reasons.map((r) => r.text).join(' ')).toMatch(/Only org Admins/);
      }
      expect(s.general.domains[0]?.canRelease.allowed).toBe(false);
    }
  });

  it('people outside the org get 403, signed out 401, an unknown org 404', async () => {
    const b = startBackend();
    b.actAs(b.outsider());
    const outside = await b.call('GET', `/orgs/${b.slug}/settings`);
    expect(outside.status).toBe(403);
    expect(denial(outside.json)).toMatch(/not in organization Acme ML/);
    b.actAs(null);
    expect((await b.call('GET', `/orgs/${b.slug}/settings`)).status).toBe(401);
    b.actAs(b.person('admin'));
    expect((await b.call('GET', '/orgs/nope/settings')).status).toBe(404);
  });

  it('gates by plan and deployment: startup (Teams) and dedicated (Dedicated Cloud)', async () => {
    const startup = await settingsOf(startBackend('startup'));
    expect(startup.viewer.canRename.allowed).toBe(true);
    expect(startup.viewer.canClaimDomain.allowed).toBe(true);
    expect(denialText(startup.viewer.canEnforce)).toMatch(/Enterprise license/);
    expect(denialText(startup.viewer.canSetSsoProvisioning)).toMatch(/SSO needs an Enterprise license/);
    const dedicated = await settingsOf(startBackend('dedicated'));
    expect(denialText(dedicated.viewer.canRename)).toMatch(/only on Multi-tenant Cloud/);
    expect(denialText(dedicated.viewer.canClaimDomain)).toMatch(/Domain capture is available only/);
    expect(dedicated.security.ssoProvisioning).toBe(true);
    expect(denialText(dedicated.viewer.canSetSsoProvisioning)).toBe(
      'Reach out to your W&B team to turn off auto provisioning',
    );
    expect(dedicated.viewer.canEnforce.allowed).toBe(true);
    expect(dedicated.privacy.settings.find((p) => p.key === 'codeSavingByDefault')?.enforced).toBe(false);
  });
});

function denialText(d: { reasons: { text: string; effect: string }[] }): string {
  return d.reasons
    .filter((r) => r.effect === 'deny')
    .map((r) => r.text)
    .join(' | ');
}

describe('PUT /api/orgs/:org/settings/name', () => {
  it('saves the trimmed name; the session answers it at once', async () => {
    const b = startBackend();
    const { status, json } = await b.call('PUT', `/orgs/${b.slug}/settings/name`, { name: '  Acme AI  ' });
    expect(status).toBe(200);
    expect(readJson({ json }, orgSettingsSchema).org.name).toBe('Acme AI');
    const session = readJson(await b.call('GET', '/session'), sessionSchema);
    expect(session.org.name).toBe('Acme AI');
  });

  it('an empty or too long name is a 422 on the name field', async () => {
    const b = startBackend();
    for (const name of ['   ', 'x'.repeat(65)]) {
      const { status, json } = await b.call('PUT', `/orgs/${b.slug}/settings/name`, { name });
      expect(status).toBe(422);
      expect(errorOf(json).fieldErrors.name).toMatch(/1 to 64/);
    }
    expect((await b.call('PUT', `/orgs/${b.slug}/settings/name`, {})).status).toBe(422);
  });

  it('a Member or Viewer is refused 403 with reasons, even with a bad name', async () => {
    const b = startBackend();
    b.actAs(b.person('member'));
    const member = await b.call('PUT', `/orgs/${b.slug}/settings/name`, { name: '' });
    expect(member.status).toBe(403);
    expect(denial(member.json)).toMatch(/Only org Admins/);
    b.actAs(b.person('viewer'));
    expect((await b.call('PUT', `/orgs/${b.slug}/settings/name`, { name: 'Mine' })).status).toBe(403);
    expect(b.db.world.orgs.get(b.db.homeOrgId)?.name).toBe('Acme ML');
  });

  it('is refused off SaaS (dedicated) with the reason', async () => {
    const b = startBackend('dedicated');
    const { status, json } = await b.call('PUT', `/orgs/${b.slug}/settings/name`, { name: 'North' });
    expect(status).toBe(403);
    expect(errorOf(json).message).toMatch(/only on Multi-tenant Cloud/);
  });
});
