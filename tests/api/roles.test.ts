// Roles page API (§7): list with holders, create / edit / delete and every refusal, the builder's check.
import { describe, expect, it } from 'vitest';
import { roleCheckSchema, roleDeletionSchema, rolesListSchema, savedRoleSchema } from '../../src/api/roles';
import { teamSettingsSchema } from '../../src/api/team-settings';
import { errorOf, startBackend } from './backend';
import { readJson } from './read-json';

const LM = 'role-launch-manager';
const launch = ['launch:queue_create', 'launch:queue_manage', 'launch:job_submit'];
const body = (over: Record<string, unknown> = {}) => ({
  name: 'Queue Operator',
  description: 'Runs launch queues',
  base: 'viewer',
  added: launch,
  ...over,
});

describe('GET /orgs/:org/roles', () => {
  it('lists built-in roles with every permission and custom roles with base, added and holders', async () => {
    const b = startBackend();
    const res = await b.call('GET', `/orgs/${b.slug}/roles`);
    expect(res.status).toBe(200);
    const list = readJson(res, rolesListSchema);
    expect(list.builtin.map((r) => r.name)).toEqual(['Admin', 'Member', 'View-Only', 'Service']);
    expect(list.builtin[0]?.permissions).toHaveLength(39);
    expect(new Set(list.catalog.map((p) => p.group))).toEqual(
      new Set(['projects', 'runs', 'reports', 'artifacts', 'sweeps', 'launch', 'team']),
    );
    const lm = list.custom.find((r) => r.id === LM);
    expect(lm).toMatchObject({ name: 'Launch Manager', base: 'viewer', added: launch });
    // Diego (infra) and Chloe (llm-platform) as team roles, Giulia as a project role.
    expect(lm?.holders).toEqual({ people: 3, teamRoles: 2, projectRoles: 1 });
    expect(lm?.permissions).toContain('run:read');
    expect(lm?.edit.allowed).toBe(true);
    expect(list.viewer.canCreate.allowed).toBe(true);
  });

  it('everyone in the org reads it; Members and org Viewers see the controls refused with the reason', async () => {
    const b = startBackend();
    for (const id of ['user-mgarcia', 'user-ewalsh']) {
      b.db.setActingUser(id);
      const list = readJson(await b.call('GET', `/orgs/${b.slug}/roles`), rolesListSchema);
      expect(list.viewer.canCreate.allowed).toBe(false);
      expect(list.viewer.canCreate.reasons.at(-1)?.text).toMatch(/admin/i);
      expect(list.custom.every((r) => !r.edit.allowed && !r.remove.allowed)).toBe(true);
    }
    b.actAs(b.outsider());
    expect((await b.call('GET', `/orgs/${b.slug}/roles`)).status).toBe(403);
  });

  it('on a Teams plan the page says custom roles need an Enterprise license', async () => {
    const b = startBackend('startup');
    const list = readJson(await b.call('GET', `/orgs/${b.slug}/roles`), rolesListSchema);
    expect(list.custom).toEqual([]);
    expect(list.viewer.canCreate.reasons.at(-1)?.text).toBe('Custom roles need an Enterprise license');
    const res = await b.call('POST', `/orgs/${b.slug}/roles`, body());
    expect(res.status).toBe(403);
    expect(errorOf(res.json).message).toMatch(/Enterprise/);
  });
});

describe('POST /orgs/:org/roles', () => {
  it('an org admin creates a role: base + added, held by no one yet', async () => {
    const b = startBackend();
    const res = await b.call('POST', `/orgs/${b.slug}/roles`, body());
    expect(res.status).toBe(201);
    const { id } = readJson(res, savedRoleSchema);
    expect(b.db.world.customRoles.get(id)).toMatchObject({
      name: 'Queue Operator',
      base: 'viewer',
      added: launch,
    });
    const list = readJson(await b.call('GET', `/orgs/${b.slug}/roles`), rolesListSchema);
    expect(list.custom.find((r) => r.id === id)?.holders.people).toBe(0);
  });

  it('a Member and an org Viewer are refused (403) with the reason', async () => {
    const b = startBackend();
    for (const id of ['user-mgarcia', 'user-ewalsh']) {
      b.db.setActingUser(id);
      const res = await b.call('POST', `/orgs/${b.slug}/roles`, body());
      expect(res.status).toBe(403);
      expect(errorOf(res.json).reasons.length).toBeGreaterThan(0);
      expect(errorOf(res.json).message).toMatch(/admin/i);
    }
  });

  it('refuses empty and duplicate names in place, built-in names included (case-insensitive)', async () => {
    const b = startBackend();
    const empty = await b.call('POST', `/orgs/${b.slug}/roles`, body({ name: '   ' }));
    expect(empty.status).toBe(422);
    expect(errorOf(empty.json).fieldErrors.name).toMatch(/name/);
    for (const name of ['launch manager', 'ADMIN', 'View-Only', 'viewer', 'Service']) {
      const res = await b.call('POST', `/orgs/${b.slug}/roles`, body({ name }));
      expect(res.status, name).toBe(409);
      expect(errorOf(res.json).fieldErrors.name).toBeTruthy();
    }
  });

  it('refuses no added permission, an inherited one, an org permission, unknown ones (422 on added)', async () => {
    const b = startBackend();
    const cases = [
      { added: [] },
      { added: ['run:read'] },
      { base: 'member', added: ['launch:job_submit', 'launch:queue_create'] },
      { added: ['organization:invite_user'] },
      { added: ['nope:nothing'] },
    ];
    for (const c of cases) {
      const res = await b.call('POST', `/orgs/${b.slug}/roles`, body(c));
      expect(res.status, JSON.stringify(c)).toBe(422);
      expect(errorOf(res.json).fieldErrors.added).toBeTruthy();
    }
    const inherited = await b.call('POST', `/orgs/${b.slug}/roles`, body({ added: ['run:read'] }));
    expect(errorOf(inherited.json).message).toMatch(/already inherited from the base role View-Only/);
    const badBase = await b.call('POST', `/orgs/${b.slug}/roles`, body({ base: 'admin' }));
    expect(badBase.status).toBe(422);
  });
});

describe('the builder check (POST /orgs/:org/roles/check)', () => {
  it('answers what Create would meet, with field errors, without changing anything', async () => {
    const b = startBackend();
    const before = b.db.world.customRoles.keys().length;
    const dup = await b.call('POST', `/orgs/${b.slug}/roles/check`, {
      ...body({ name: 'Member' }),
      roleId: null,
    });
    expect(dup.status).toBe(200);
    expect(readJson(dup, roleCheckSchema)).toMatchObject({
      decision: { allowed: false },
      fieldErrors: { name: expect.any(String) },
    });
    const good = await b.call('POST', `/orgs/${b.slug}/roles/check`, { ...body(), roleId: null });
    expect(readJson(good, roleCheckSchema)).toMatchObject({
      decision: { allowed: true },
      fieldErrors: {},
      becameInherited: [],
    });
    const toMember = await b.call('POST', `/orgs/${b.slug}/roles/check`, {
      ...body({ base: 'member' }),
      roleId: null,
    });
    expect(readJson(toMember, roleCheckSchema).becameInherited).toEqual(['launch:job_submit']);
    expect(b.db.world.customRoles.keys()).toHaveLength(before);
  });

  it('for an edit it previews the base change and who gets it at once', async () => {
    const b = startBackend();
    const res = await b.call('POST', `/orgs/${b.slug}/roles/check`, {
      ...body({ name: 'Launch Manager', base: 'member' }),
      roleId: LM,
    });
    const check = readJson(res, roleCheckSchema);
    expect(check.decision.allowed).toBe(true);
    expect(check.becameInherited).toEqual(['launch:job_submit']);
    expect(check.added).toEqual(['launch:queue_create', 'launch:queue_manage']);
    expect(check.impact).toMatch(/3 people/);
  });
});

describe('PATCH /orgs/:org/roles/:roleId', () => {
  it('edits name, description and permissions; holders get the change at once', async () => {
    const b = startBackend();
    const res = await b.call('PATCH', `/orgs/${b.slug}/roles/${LM}`, {
      ...body({ name: 'Launch Lead', added: [...launch, 'sweep:create'] }),
    });
    expect(res.status).toBe(200);
    expect(b.db.world.customRoles.get(LM)).toMatchObject({
      name: 'Launch Lead',
      added: [...launch, 'sweep:create'],
    });
    b.db.setActingUser('user-dramirez');
    const team = readJson(await b.call('GET', '/teams/infra/settings'), teamSettingsSchema);
    expect(team.team.yourRoleLabel).toBe('Launch Lead');
  });

  it('a base change keeps the added permissions and says which became inherited', async () => {
    const b = startBackend();
    const res = await b.call(
      'PATCH',
      `/orgs/${b.slug}/roles/${LM}`,
      body({ name: 'Launch Manager', base: 'member' }),
    );
    expect(res.status).toBe(200);
    expect(readJson(res, savedRoleSchema)).toMatchObject({ becameInherited: ['launch:job_submit'] });
    expect(b.db.world.customRoles.get(LM)).toMatchObject({
      base: 'member',
      added: ['launch:queue_create', 'launch:queue_manage'],
    });
  });

  it('refuses a base change that would leave nothing added, a duplicate name, and non-admins', async () => {
    const b = startBackend();
    const only = await b.call(
      'POST',
      `/orgs/${b.slug}/roles`,
      body({ name: 'Submitter', added: ['launch:job_submit'] }),
    );
    const { id } = readJson(only, savedRoleSchema);
    const empty = await b.call(
      'PATCH',
      `/orgs/${b.slug}/roles/${id}`,
      body({ name: 'Submitter', base: 'member', added: ['launch:job_submit'] }),
    );
    expect(empty.status).toBe(422);
    const dup = await b.call(
      'PATCH',
      `/orgs/${b.slug}/roles/${id}`,
      body({ name: 'artifact curator', added: ['launch:job_submit'] }),
    );
    expect(dup.status).toBe(409);
    expect(errorOf(dup.json).fieldErrors.name).toMatch(/already exists/);
    // Keeping its own name is fine.
    const same = await b.call(
      'PATCH',
      `/orgs/${b.slug}/roles/${id}`,
      body({ name: 'SUBMITTER', added: ['launch:job_submit'] }),
    );
    expect(same.status).toBe(200);
    b.db.setActingUser('user-cmendes');
    const refused = await b.call(
      'PATCH',
      `/orgs/${b.slug}/roles/${id}`,
      body({ name: 'X', added: ['launch:job_submit'] }),
    );
    expect(refused.status).toBe(403);
    expect((await b.call('PATCH', `/orgs/${b.slug}/roles/role-nope`, body())).status).toBe(404);
  });
});

describe('DELETE /orgs/:org/roles/:roleId', () => {
  it('previews who falls back to the base role where, then moves them to it', async () => {
    const b = startBackend();
    const preview = await b.call('GET', `/orgs/${b.slug}/roles/${LM}/deletion`);
    expect(preview.status).toBe(200);
    const p = readJson(preview, roleDeletionSchema);
    expect(p.baseLabel).toBe('View-Only');
    expect(p.holders).toEqual([
      { id: 'user-cmartin', name: 'Chloe Martin', teams: ['llm-platform'], projects: [] },
      { id: 'user-dramirez', name: 'Diego Ramirez', teams: ['infra'], projects: [] },
      expect.objectContaining({ id: 'user-grossi', teams: [], projects: ['llm-platform/inference-latency'] }),
    ]);
    const res = await b.call('DELETE', `/orgs/${b.slug}/roles/${LM}`);
    expect(res.status).toBe(200);
    const w = b.db.world;
    expect(w.customRoles.get(LM)).toBeUndefined();
    expect(w.teams.get('team-infra')?.members.get('user-dramirez')?.role).toBe('viewer');
    expect(w.teams.get('team-llm-platform')?.members.get('user-cmartin')?.role).toBe('viewer');
    // A Member of the team with the role as a project override keeps an override, now View-Only.
    expect(w.projects.get('project-llm-platform-inference-latency')?.roleOverrides.get('user-grossi')).toBe(
      'viewer',
    );
  });

  it('a Member is refused with the reason; the preview says so too', async () => {
    const b = startBackend();
    b.db.setActingUser('user-mgarcia');
    const preview = readJson(await b.call('GET', `/orgs/${b.slug}/roles/${LM}/deletion`), roleDeletionSchema);
    expect(preview.remove.allowed).toBe(false);
    const res = await b.call('DELETE', `/orgs/${b.slug}/roles/${LM}`);
    expect(res.status).toBe(403);
    expect(errorOf(res.json).reasons.length).toBeGreaterThan(0);
    expect(b.db.world.customRoles.get(LM)).toBeDefined();
  });
});
