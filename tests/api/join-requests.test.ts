// "Teams you can join" and "Ask to join" through the API (ADR 0025): Rosa, an Acme Member in no team,
// lists the teams she may join or ask to join; a team admin approves or declines; she may withdraw.
// Each refusal carries the engine's reason; each change is in the audit log.
import { describe, expect, it } from 'vitest';
import { auditPageSchema } from '../../src/api/audit';
import { teamSettingsSchema } from '../../src/api/team-settings';
import { joinableTeamsSchema } from '../../src/api/teams';
import { ACME_CAST as cast } from '../../mocks/db/scenarios/default-cast';
import { errorOf, startBackend } from './backend';
import { readJson } from './read-json';

const rosa = cast.billingAdmin;
type Backend = ReturnType<typeof startBackend>;
const teamId = (b: Backend, name: string): string =>
  b.db.world.teams.values().find((t) => t.name === name)?.id ?? '';
const joinable = async (b: Backend) =>
  readJson(await b.call('GET', '/session/joinable-teams'), joinableTeamsSchema);

async function lastAudit(b: Backend) {
  b.actAs({ id: cast.orgAdmin });
  const page = readJson(await b.call('GET', `/orgs/${b.slug}/audit-log`), auditPageSchema);
  return page.items[0];
}

describe('teams you can join', () => {
  it('lists every team of your org you are not in (hidden ones only if you may see them)', async () => {
    const b = startBackend();
    b.actAs({ id: rosa });
    const list = await joinable(b);
    expect(list.items.map((t) => t.name)).toEqual(['infra', 'llm-platform', 'ml-research', 'vision']);
    const byName = new Map(list.items.map((t) => [t.name, t]));
    expect(byName.get('ml-research')).toMatchObject({
      canJoin: { allowed: true },
      canAsk: { allowed: false },
    });
    expect(byName.get('vision')).toMatchObject({ canJoin: { allowed: false }, canAsk: { allowed: true } });
    expect(byName.get('vision')?.canJoin.reasons[0]?.text).toMatch(/ask its admin for an invite/);
  });
});

describe('asking to join', () => {
  it('asks, shows pending, and the team admin sees the request on the team settings', async () => {
    const b = startBackend();
    b.actAs({ id: rosa });
    const asked = await b.call('POST', `/teams/${teamId(b, 'vision')}/join-requests`);
    expect(asked.status).toBe(200);
    expect((await joinable(b)).items.find((t) => t.name === 'vision')?.requestedAt).not.toBeNull();
    b.actAs({ id: cast.teamAdmins.vision });
    const settings = readJson(await b.call('GET', '/teams/vision/settings'), teamSettingsSchema);
    expect(settings.joinRequests).toMatchObject([
      { userId: rosa, roleLabel: 'Member', approve: { allowed: true }, decline: { allowed: true } },
    ]);
    const entry = await lastAudit(b);
    expect(entry).toMatchObject({ action: 'team:request_join' });
    expect(entry?.description).toMatch(/asked to join vision/);
  });

  it('approval adds the person with the team default role, audited', async () => {
    const b = startBackend();
    b.actAs({ id: rosa });
    await b.call('POST', `/teams/${teamId(b, 'vision')}/join-requests`);
    b.actAs({ id: cast.teamAdmins.vision });
    const done = await b.call('POST', `/teams/${teamId(b, 'vision')}/join-requests/${rosa}/approve`);
    expect(done.status).toBe(200);
    expect(b.db.world.teams.get(teamId(b, 'vision'))?.members.get(rosa)?.role).toBe('member');
    const entry = await lastAudit(b);
    expect(entry).toMatchObject({ action: 'team:approve_join_request' });
    expect(entry?.changes).toContainEqual({ field: 'Role in vision', before: null, after: 'Member' });
  });

  it('a team Member may not decide: 403 with the reason', async () => {
    const b = startBackend();
    b.actAs({ id: rosa });
    await b.call('POST', `/teams/${teamId(b, 'vision')}/join-requests`);
    b.actAs({ id: cast.multiOrg }); // a Member of vision
    const refused = await b.call('POST', `/teams/${teamId(b, 'vision')}/join-requests/${rosa}/decline`);
    expect(refused.status).toBe(403);
    expect(errorOf(refused.json).message).toMatch(/vision/);
    expect(b.db.world.teams.get(teamId(b, 'vision'))?.joinRequests).toHaveLength(1);
  });

  it('declined or withdrawn, the request is gone; asking twice is a conflict', async () => {
    const b = startBackend();
    b.actAs({ id: rosa });
    const vision = teamId(b, 'vision');
    await b.call('POST', `/teams/${vision}/join-requests`);
    const twice = await b.call('POST', `/teams/${vision}/join-requests`);
    expect(twice.status).toBe(409);
    expect(errorOf(twice.json).message).toBe('Rosa Alvarez has already asked to join team vision');
    expect((await b.call('DELETE', `/teams/${vision}/join-requests/${rosa}`)).status).toBe(200);
    expect((await lastAudit(b))?.action).toBe('team:withdraw_join_request');
    b.actAs({ id: rosa });
    await b.call('POST', `/teams/${vision}/join-requests`);
    b.actAs({ id: cast.orgAdmin });
    expect((await b.call('POST', `/teams/${vision}/join-requests/${rosa}/decline`)).status).toBe(200);
    expect(b.db.world.teams.get(vision)?.members.has(rosa)).toBe(false);
    expect((await lastAudit(b))?.action).toBe('team:decline_join_request');
  });

  it('a team that recommends itself is joined directly: asking is a conflict with the reason', async () => {
    const b = startBackend();
    b.actAs({ id: cast.formerMember });
    const refused = await b.call('POST', `/teams/${teamId(b, 'ml-research')}/join-requests`);
    expect(refused.status).toBe(409);
    expect(errorOf(refused.json).message).toMatch(/join it directly/);
  });

  it('signed out: 401', async () => {
    const b = startBackend();
    b.actAs(null);
    expect((await b.call('POST', `/teams/${teamId(b, 'vision')}/join-requests`)).status).toBe(401);
  });
});
