import { describe, expect, it } from 'vitest';
import { teamsListSchema } from '../../src/api/teams';
import { errorOf, startBackend } from './backend';
import { readJson } from './read-json';

describe('GET /api/orgs/:org/teams', () => {
  it('an org admin sees every team with member and project counts', async () => {
    const b = startBackend();
    const list = readJson(await b.call('GET', `/orgs/${b.slug}/teams`), teamsListSchema);
    const teams = b.db.world.teams.values().filter((t) => t.orgId === b.db.homeOrgId);
    expect(list.total).toBe(teams.length);
    for (const team of teams) {
      const row = list.items.find((i) => i.name === team.name);
      expect(row?.memberCount).toBe(team.members.keys().length);
      expect(row?.projectCount).toBe(b.db.world.projects.values().filter((p) => p.teamId === team.id).length);
    }
  });

  it('a hidden team is neither listed nor counted for a non-member', async () => {
    const b = startBackend();
    const hidden = b.db.world.teams.values().find((t) => t.orgId === b.db.homeOrgId && t.settings.hidden);
    const stranger = b.homeUsers().find((u) => u.orgRole !== 'admin' && !hidden?.members.get(u.id));
    b.actAs(stranger ?? null);
    const list = readJson(await b.call('GET', `/orgs/${b.slug}/teams`), teamsListSchema);
    expect(list.items.map((i) => i.name)).not.toContain(hidden?.name);
    const member = b.homeUsers().find((u) => u.orgRole !== 'admin' && hidden?.members.get(u.id));
    b.actAs(member ?? null);
    const theirs = readJson(await b.call('GET', `/orgs/${b.slug}/teams`), teamsListSchema);
    expect(theirs.items.map((i) => i.name)).toContain(hidden?.name);
  });
});

describe('demo API', () => {
  it('switches scenario and resets, and rejects unknown scenarios with 422', async () => {
    const b = startBackend();
    const target = b.person('member');
    await b.call('PATCH', `/orgs/${b.slug}/users/${target.id}`, { weaveAccess: 'none' });
    expect(b.db.log.length).toBe(1);
    expect((await b.call('POST', '/demo/reset', {})).status).toBe(200);
    expect(b.db.log.length).toBe(0);
    expect((await b.call('POST', '/demo/reset', { scenario: 'startup' })).status).toBe(200);
    expect(b.db.scenario).toBe('startup');
    expect(b.db.world.orgs.get(b.db.homeOrgId)?.plan).toBe('teams');
    const bad = await b.call('POST', '/demo/reset', { scenario: 'no-such-scenario' });
    expect(bad.status).toBe(422);
    expect(Object.keys(errorOf(bad.json).fieldErrors)).toContain('scenario');
  });

  it('injects failures and latency only outside the demo endpoints', async () => {
    const b = startBackend();
    expect((await b.call('PATCH', '/demo', { failureRate: 0.5 })).status).toBe(200);
    expect((await b.call('PATCH', '/demo', { failureRate: 2 })).status).toBe(422);
    b.db.setDemo({ failureRate: 0.5 });
    const statuses = new Set<number>();
    for (let i = 0; i < 40; i += 1) statuses.add((await b.call('GET', '/session')).status);
    expect(statuses).toEqual(new Set([200, 503]));
    // The demo panel itself keeps working so failures can be turned off again.
    for (let i = 0; i < 10; i += 1) expect((await b.call('GET', '/demo')).status).toBe(200);
  });
});
