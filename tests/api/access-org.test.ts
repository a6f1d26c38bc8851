// GET /orgs/:org/access/explain?scope=org: the organization's own permissions, from the org role, with
// the same gate as every explanation (yourself; org admins anyone; others refused with the reason).
import { describe, expect, it } from 'vitest';
import { accessTargetsSchema, explanationSchema } from '../../src/api/access';
import { errorOf, startBackend } from './backend';
import { readJson } from './read-json';

describe('explaining organization permissions', () => {
  it('an org Viewer sees why they cannot invite or change settings, and what they may do', async () => {
    const b = startBackend();
    b.actAs(b.db.world.users.get('user-ewalsh') ?? null);
    const { status, json } = await b.call('GET', `/orgs/${b.slug}/access/explain?user=user-ewalsh&scope=org`);
    expect(status).toBe(200);
    const body = readJson({ json }, explanationSchema);
    expect(body.target).toEqual({ kind: 'org', label: 'Acme ML', visibility: null });
    expect(body.roleLabel).toBe('Viewer');
    const invite = body.permissions.find((p) => p.permission === 'organization:invite_user');
    expect(invite?.allowed).toBe(false);
    expect(invite?.group).toBe('organization');
    expect(invite?.reasons.at(-1)?.text).toMatch(/Only org Admins can invite users/);
    expect(body.permissions.find((p) => p.permission === 'organization:read')?.allowed).toBe(true);
    expect(body.counts.allowed + body.counts.denied).toBe(body.permissions.length);
  });

  it('org admins explain anyone; a member asking about someone else is refused with the reason', async () => {
    const b = startBackend();
    const asAdmin = await b.call('GET', `/orgs/${b.slug}/access/explain?user=user-ewalsh&scope=org`);
    expect(asAdmin.status).toBe(200);
    b.actAs(b.db.world.users.get('user-mgarcia') ?? null);
    const refused = await b.call('GET', `/orgs/${b.slug}/access/explain?user=user-ewalsh&scope=org`);
    expect(refused.status).toBe(403);
    expect(errorOf(refused.json).message).toMatch(/Only org admins/);
  });

  it('the target picker offers the organization first', async () => {
    const b = startBackend();
    const { items } = readJson(await b.call('GET', `/orgs/${b.slug}/access/targets?q=`), accessTargetsSchema);
    expect(items[0]).toEqual({ kind: 'org', value: b.slug, label: 'Organization Acme ML' });
  });

  it('a bad scope or a missing person is a 422 that names the field', async () => {
    const b = startBackend();
    const bad = await b.call('GET', `/orgs/${b.slug}/access/explain?user=user-ewalsh&scope=galaxy`);
    expect(bad.status).toBe(422);
    expect(errorOf(bad.json).fieldErrors).toEqual({ scope: 'scope may only be "org"' });
    const nobody = await b.call('GET', `/orgs/${b.slug}/access/explain?scope=org`);
    expect(nobody.status).toBe(422);
    expect(errorOf(nobody.json).fieldErrors).toEqual({ user: 'Pick a person' });
  });
});
