import { describe, expect, it } from 'vitest';
import {
  createdServiceAccountSchema,
  memberChangePreviewSchema,
  setTeamRoleResultSchema,
  teamInviteResultSchema,
  teamSettingsSchema,
} from '../../src/api/team-settings';
import { teamsListSchema } from '../../src/api/teams';
import { errorOf, startBackend } from './backend';
import { readJson } from './read-json';

const act = (b: ReturnType<typeof startBackend>, id: string) => b.db.setActingUser(id);

describe('create a team (§4)', () => {
  it('an org admin creates a team and becomes its first admin', async () => {
    const b = startBackend();
    const res = await b.call('POST', `/orgs/${b.slug}/teams`, { name: 'new-team_1', storageKind: 'managed' });
    expect(res.status).toBe(201);
    const team = b.db.world.teams.values().find((t) => t.name === 'new-team_1');
    expect(team?.members.get(b.db.defaultActorId)?.role).toBe('admin');
  });

  it('a Member is refused with the reason; bad and taken names are refused in place', async () => {
    const b = startBackend();
    act(b, 'user-cmendes');
    const refused = await b.call('POST', `/orgs/${b.slug}/teams`, { name: 'mine', storageKind: 'managed' });
    expect(refused.status).toBe(403);
    expect(errorOf(refused.json).message).toMatch(/Admins/);
    act(b, 'user-achen');
    const bad = await b.call('POST', `/orgs/${b.slug}/teams`, { name: 'Bad Name', storageKind: 'managed' });
    expect(bad.status).toBe(422);
    expect(Object.keys(errorOf(bad.json).fieldErrors)).toContain('name');
    // A name the console serves one of its own pages at (/settings is User settings, /sign-in the shared
    // server's sign-in) would be shadowed by that page: refused on the name field, saying why.
    for (const name of ['settings', 'sign-in']) {
      const shadowed = await b.call('POST', `/orgs/${b.slug}/teams`, { name, storageKind: 'managed' });
      expect(shadowed.status).toBe(422);
      expect(errorOf(shadowed.json).fieldErrors.name).toBe(
        `"${name}" is the address of one of the console's own pages; choose another team name`,
      );
    }
    // Names are unique across every organization: Globex already has teams.
    const globexTeam = b.db.world.teams.values().find((t) => t.orgId === 'org-globex');
    const taken = await b.call('POST', `/orgs/${b.slug}/teams`, {
      name: globexTeam?.name,
      storageKind: 'managed',
    });
    expect(taken.status).toBe(409);
  });

  it('external storage needs Enterprise', async () => {
    const b = startBackend('startup');
    const list = readJson(await b.call('GET', `/orgs/${b.slug}/teams`), teamsListSchema);
    expect(list.viewer.externalStorage.allowed).toBe(false);
    const res = await b.call('POST', `/orgs/${b.slug}/teams`, {
      name: 'data-lake',
      storageKind: 'external',
      bucket: 's3://x-bucket',
    });
    expect(res.status).toBe(403);
    expect(errorOf(res.json).message).toMatch(/Enterprise/);
  });
});

describe('team settings: users (§4)', () => {
  it('a hidden team is a 404 for a non-member, and a team outside your membership is a 403', async () => {
    const b = startBackend();
    act(b, 'user-cmendes');
    expect((await b.call('GET', '/teams/safety-evals/settings')).status).toBe(404);
    act(b, 'user-mgarcia');
    const res = await b.call('GET', '/teams/vision/settings');
    expect(res.status).toBe(403);
    expect(errorOf(res.json).reasons.length).toBeGreaterThan(0);
  });

  it('role options carry the reasons: an org Viewer may only be View-Only, the last admin cannot be demoted', async () => {
    const b = startBackend();
    act(b, 'user-cmendes'); // sole admin of vision
    const s = readJson(await b.call('GET', '/teams/vision/settings'), teamSettingsSchema);
    const erin = s.members.find((m) => m.id === 'user-ewalsh');
    expect(erin?.roleOptions.find((o) => o.value === 'member')?.decision.allowed).toBe(false);
    expect(erin?.roleOptions.find((o) => o.value === 'viewer')?.decision.allowed).toBe(true);
    const carla = s.members.find((m) => m.id === 'user-cmendes');
    expect(
      carla?.roleOptions
        .find((o) => o.value === 'member')
        ?.decision.reasons.map((r) => r.text)
        .join(' '),
    ).toMatch(/last Admin/);
    expect(carla?.remove.allowed).toBe(false);
    const demote = await b.call('PATCH', '/teams/vision/members/user-cmendes', { role: 'member' });
    expect(demote.status).toBe(409);
    const viewerUp = await b.call('PATCH', '/teams/vision/members/user-ewalsh', { role: 'member' });
    expect([403, 409, 422]).toContain(viewerUp.status);
    expect(b.db.world.teams.get('team-vision')?.members.get('user-ewalsh')?.role).toBe('viewer');
  });

  it('a custom role goes only to org Members; changing a role reports what project roles did', async () => {
    const b = startBackend();
    const custom = b.db.world.customRoles.values()[0];
    const res = await b.call('PATCH', '/teams/vision/members/user-skhan', { role: `custom:${custom?.id}` });
    expect(res.status).toBe(200);
    const json = readJson(res, setTeamRoleResultSchema);
    expect(json.previousRole).toBe('member');
    const undo = await b.call('PATCH', '/teams/vision/members/user-skhan', { role: json.previousRole });
    expect(undo.status).toBe(200);
    expect(b.db.world.teams.get('team-vision')?.members.get('user-skhan')?.role).toBe('member');
  });

  it('a team-role change moves tracking project roles and keeps overrides (§6.2)', async () => {
    const b = startBackend();
    const projects = b.db.world.projects.values().filter((p) => p.teamId === 'team-ml-research');
    const overridden = projects.find((p) => p.roleOverrides.get('user-mgarcia') !== undefined);
    expect(overridden, 'the scenario gives Mateo a project override in ml-research').toBeDefined();
    const custom = b.db.world.customRoles.values()[0];
    const res = await b.call('PATCH', '/teams/ml-research/members/user-mgarcia', {
      role: `custom:${custom?.id}`,
    });
    expect(res.status).toBe(200);
    expect(readJson(res, setTeamRoleResultSchema).projectNote).toMatch(/1 project override kept/);
    expect(b.db.world.projects.get(overridden?.id ?? '')?.roleOverrides.get('user-mgarcia')).toBe(
      overridden?.roleOverrides.get('user-mgarcia'),
    );
    // View-Only users cannot hold a project role: the override goes, and the note says so.
    const toViewer = await b.call('PATCH', '/teams/ml-research/members/user-mgarcia', { role: 'viewer' });
    expect(readJson(toViewer, setTeamRoleResultSchema).projectNote).toMatch(/1 project override cleared/);
    expect(b.db.world.projects.get(overridden?.id ?? '')?.roleOverrides.get('user-mgarcia')).toBeUndefined();
  });

  it('inviting: an org user joins at once; anyone else gets an org invite that lands them in the team', async () => {
    const b = startBackend();
    const added = await b.call('POST', '/teams/vision/members', {
      emailOrUsername: 'mgarcia',
      role: 'member',
    });
    expect(added.status).toBe(201);
    expect(readJson(added, teamInviteResultSchema).outcome).toBe('added');
    expect(b.db.world.teams.get('team-vision')?.members.get('user-mgarcia')?.role).toBe('member');
    const invited = await b.call('POST', '/teams/vision/members', {
      emailOrUsername: 'new.person@acme-ml.com',
      role: 'viewer',
    });
    expect(invited.status).toBe(201);
    expect(readJson(invited, teamInviteResultSchema).outcome).toBe('invited');
    const invite = b.db.world.invites.values().find((i) => i.email === 'new.person@acme-ml.com');
    expect(invite?.orgRole).toBe('member');
    expect(invite?.teams).toEqual([{ teamId: 'team-vision', role: 'viewer' }]);
    // The org invite lasts as long as any other (INVITE_TTL_DAYS); the test clock stands at 13:00Z.
    expect(invite?.expiresAt).toBe('2026-11-08T13:00:00.000Z');
    const again = await b.call('POST', '/teams/vision/members', {
      emailOrUsername: 'mgarcia',
      role: 'member',
    });
    expect(again.status).toBe(409);
  });

  it('with "any member may invite" on, a Member adds people as Member but not as Admin; a View-Only member may not', async () => {
    const b = startBackend();
    const team = b.db.world.teams.get('team-llm-platform');
    expect(team?.settings.membersCanInvite).toBe(true);
    const member = (team?.members.entries() ?? []).find(
      ([id, m]) => m.role === 'member' && b.member(id)?.orgRole === 'member',
    )?.[0];
    act(b, member ?? '');
    const outsider = b.homeUsers().find((u) => !team?.members.get(u.id) && u.orgRole === 'member');
    expect(
      (
        await b.call('POST', '/teams/llm-platform/members', {
          emailOrUsername: outsider?.username,
          role: 'admin',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await b.call('POST', '/teams/llm-platform/members', {
          emailOrUsername: outsider?.username,
          role: 'member',
        })
      ).status,
    ).toBe(201);
    act(b, 'user-ewalsh');
    expect(
      (await b.call('POST', '/teams/vision/members', { emailOrUsername: 'mgarcia', role: 'member' })).status,
    ).toBe(403);
  });

  it('the removal preview names the projects someone would lose, and changes nothing', async () => {
    const b = startBackend();
    act(b, 'user-cmendes');
    const res = await b.call('POST', '/teams/vision/members/user-skhan/preview', { remove: true });
    expect(res.status).toBe(200);
    const preview = readJson(res, memberChangePreviewSchema);
    expect(preview.allowed.allowed).toBe(true);
    expect(preview.changes.filter((c) => c.losesAccess).flatMap((c) => c.places)).toContain(
      'vision/vision-baselines',
    );
    expect(b.db.world.teams.get('team-vision')?.members.get('user-skhan')).toBeDefined();
    act(b, 'user-ewalsh');
    const refused = await b.call('POST', '/teams/vision/members/user-skhan/preview', { remove: true });
    expect(refused.status).toBe(403);
    expect(errorOf(refused.json).reasons.some((r) => r.effect === 'deny')).toBe(true);
  });

  it('removing: a member may leave; the last admin may not; their runs stay', async () => {
    const b = startBackend();
    const runsBefore = b.db.world.runs.keys().length;
    act(b, 'user-skhan');
    expect((await b.call('DELETE', '/teams/vision/members/user-skhan')).status).toBe(200);
    expect(b.db.world.teams.get('team-vision')?.members.get('user-skhan')).toBeUndefined();
    expect(b.db.world.runs.keys().length).toBe(runsBefore);
    act(b, 'user-cmendes');
    expect((await b.call('DELETE', '/teams/vision/members/user-cmendes')).status).toBe(409);
    act(b, 'user-ewalsh');
    expect((await b.call('DELETE', '/teams/vision/members/user-vdubois')).status).toBe(403);
  });
});

describe('team settings: privacy, service accounts, delete (§5)', () => {
  it('an org-enforced setting is locked with the lock message', async () => {
    const b = startBackend();
    b.db.commit(
      { kind: 'user', userId: 'user-achen' },
      { type: 'org.setEnforcement', orgId: 'org-acme-ml', setting: 'hidden', value: false },
    );
    act(b, 'user-cmendes');
    const s = readJson(await b.call('GET', '/teams/vision/settings'), teamSettingsSchema);
    const hidden = s.settings.find((x) => x.key === 'hidden');
    expect(hidden?.locked).toBe(true);
    expect(hidden?.change.allowed).toBe(false);
    expect(hidden?.change.reasons.map((r) => r.text)).toContain(
      "This setting is locked because it's enforced org-wide",
    );
    const res = await b.call('PATCH', '/teams/vision/settings', { hidden: true });
    expect(res.status).toBe(403);
    expect((await b.call('PATCH', '/teams/vision/settings', { membersCanInvite: true })).status).toBe(200);
    expect((await b.call('PATCH', '/teams/vision/settings', { colour: true })).status).toBe(422);
  });

  it('the domain recommendation is SaaS only', async () => {
    const b = startBackend('dedicated');
    const team = b.db.world.teams.values().find((t) => t.orgId === b.db.homeOrgId);
    const res = await b.call('PATCH', `/teams/${team?.name}/settings`, {
      recommendForDomainSignups: !team?.settings.recommendForDomainSignups,
    });
    expect(res.status).toBe(403);
    expect(errorOf(res.json).message).toMatch(/SaaS/);
  });

  it('service accounts: the key is shown once, only its last 4 are kept; Members and non-Enterprise plans are refused', async () => {
    const b = startBackend();
    act(b, 'user-cmendes');
    const created = await b.call('POST', '/teams/vision/service-accounts', { name: 'train-bot' });
    expect(created.status).toBe(201);
    const { id, apiKey } = readJson(created, createdServiceAccountSchema);
    expect(apiKey).toHaveLength(40);
    expect(b.db.world.serviceAccounts.get(id)?.apiKeyLast4).toBe(apiKey.slice(-4));
    expect(JSON.stringify(b.db.world)).not.toContain(apiKey);
    const s = readJson(await b.call('GET', '/teams/vision/settings'), teamSettingsSchema);
    expect(s.serviceAccounts.map((a) => a.id)).toContain(id);
    act(b, 'user-skhan');
    expect((await b.call('POST', '/teams/vision/service-accounts', { name: 'mine' })).status).toBe(403);
    act(b, 'user-cmendes');
    expect((await b.call('DELETE', `/teams/vision/service-accounts/${id}`)).status).toBe(200);
    const startup = startBackend('startup');
    const team = startup.db.world.teams.values().find((t) => t.orgId === startup.db.homeOrgId);
    const refused = await startup.call('POST', `/teams/${team?.name}/service-accounts`, { name: 'bot' });
    expect(refused.status).toBe(403);
  });

  it('deleting a team takes its projects; a Member may not', async () => {
    const b = startBackend();
    act(b, 'user-skhan');
    expect((await b.call('DELETE', '/teams/vision')).status).toBe(403);
    act(b, 'user-achen');
    const s = readJson(await b.call('GET', '/teams/vision/settings'), teamSettingsSchema);
    expect(s.deletion.projects).toBeGreaterThan(0);
    expect((await b.call('DELETE', '/teams/vision')).status).toBe(200);
    expect(b.db.world.projects.values().some((p) => p.teamId === 'team-vision')).toBe(false);
  });
});
