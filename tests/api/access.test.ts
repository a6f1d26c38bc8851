// Access views (issue 7): explanations agree with decide(), the gate, 404s, who-has-access, CSV, matrix.
import { describe, expect, it } from 'vitest';
import {
  accessPeopleSchema,
  accessTargetsSchema,
  explanationSchema,
  matrixSchema,
  projectAccessSchema,
  userAccessSchema,
} from '../../src/api/access';
import { decide } from '../../mocks/engine/index';
import { ACME_CAST as CAST } from '../../mocks/db/scenarios/default-cast';
import { errorOf, startBackend } from './backend';
import { readJson } from './read-json';

const ORG = CAST.org.slug;
const explain = (q: string) => `/orgs/${ORG}/access/explain?${q}`;
const projectId = (b: ReturnType<typeof startBackend>, label: string) =>
  b.db.world.projects.values().find((p) => `${b.db.world.teams.get(p.teamId)?.name}/${p.name}` === label)
    ?.id ?? '';

describe('GET /orgs/:org/access/explain', () => {
  it('gives every permission with the same verdict and reasons as decide()', async () => {
    const b = startBackend();
    b.actAs(b.db.world.users.get(CAST.orgAdmin) ?? null);
    const r = await b.call('GET', explain(`user=${CAST.orgViewer}&project=vision/vision-baselines`));
    expect(r.status).toBe(200);
    const body = readJson(r, explanationSchema);
    expect(body.permissions.length).toBeGreaterThan(30);
    const resource = { kind: 'project', projectId: projectId(b, 'vision/vision-baselines') } as const;
    for (const p of body.permissions) {
      const d = decide(
        b.db.world,
        { kind: 'user', userId: CAST.orgViewer },
        p.permission as 'run:create',
        resource,
      );
      expect(p.allowed).toBe(d.allowed);
      expect(p.reasons).toEqual(d.reasons);
    }
    const runCreate = body.permissions.find((p) => p.permission === 'run:create');
    expect(runCreate?.allowed).toBe(false);
    // In §9 order (ADR 0024): the org Viewer decides, and the seat and the View-Only role refuse too.
    expect(runCreate?.reasons.filter((r) => r.effect === 'deny').map((r) => r.step)).toEqual([
      'org-role',
      'seat',
      'role',
    ]);
    expect(body.counts.allowed + body.counts.denied).toBe(body.permissions.length);
  });

  it('a Launch Manager may manage launch queues in infra, by the custom role', async () => {
    const b = startBackend();
    const r = await b.call('GET', explain(`user=${CAST.launchManager}&team=infra`));
    const body = readJson(r, explanationSchema);
    expect(body.roleLabel).toBe('Launch Manager');
    const manage = body.permissions.find((p) => p.permission === 'launch:queue_manage');
    expect(manage?.allowed).toBe(true);
    expect(manage?.reasons.at(-1)).toMatchObject({ step: 'role', effect: 'allow' });
  });

  it('a team admin sees a Restricted project but not its runs until joining', async () => {
    const b = startBackend();
    const r = await b.call('GET', explain(`user=${CAST.teamAdmins.vision}&project=vision/medical-imaging`));
    const body = readJson(r, explanationSchema);
    const of = (id: string) => body.permissions.find((p) => p.permission === id);
    expect(of('project:read')?.allowed).toBe(true);
    expect(of('run:read')?.allowed).toBe(false);
    expect(of('run:read')?.reasons.find((r) => r.effect === 'deny')?.step).toBe('visibility');
  });

  it('everyone may explain themselves; a Member asking about someone else gets 403 with reasons', async () => {
    const b = startBackend();
    b.actAs(b.db.world.users.get(CAST.member) ?? null);
    expect((await b.call('GET', explain(`user=${CAST.member}&team=ml-research`))).status).toBe(200);
    const refused = await b.call('GET', explain(`user=${CAST.orgViewer}&team=ml-research`));
    expect(refused.status).toBe(403);
    expect(errorOf(refused.json).reasons.length).toBeGreaterThan(0);
    expect(errorOf(refused.json).message).toMatch(/Only org admins/);
  });

  it('a team admin may explain their team members on that team, not others', async () => {
    const b = startBackend();
    b.actAs(b.db.world.users.get(CAST.teamAdmins.vision) ?? null);
    expect((await b.call('GET', explain(`user=${CAST.orgViewer}&team=vision`))).status).toBe(200);
    expect((await b.call('GET', explain(`user=${CAST.launchManager}&team=vision`))).status).toBe(403);
    expect((await b.call('GET', explain(`user=${CAST.orgViewer}&team=ml-research`))).status).toBe(403);
  });

  it('404 for a project the viewer may not see, an unknown person; 422 without a target; 401 signed out', async () => {
    const b = startBackend();
    b.actAs(b.db.world.users.get(CAST.orgViewer) ?? null);
    const hidden = await b.call('GET', explain(`user=${CAST.orgViewer}&project=vision/medical-imaging`));
    expect(hidden.status).toBe(404);
    expect((await b.call('GET', explain('user=user-nobody&team=vision'))).status).toBe(404);
    expect((await b.call('GET', explain(`user=${CAST.orgViewer}`))).status).toBe(422);
    b.actAs(null);
    expect((await b.call('GET', explain(`user=${CAST.orgViewer}&team=vision`))).status).toBe(401);
  });
});

describe('what a user can access', () => {
  it('lists teams and projects with role and source; Members only for themselves', async () => {
    const b = startBackend();
    const r = await b.call('GET', `/orgs/${ORG}/access/users/${CAST.launchManager}`);
    const body = readJson(r, userAccessSchema);
    expect(body.scope).toBe('all');
    expect(body.teams.find((t) => t.team === 'infra')).toMatchObject({
      roleLabel: 'Launch Manager',
      via: 'team-role',
    });
    expect(body.projects.length).toBeGreaterThan(0);
    b.actAs(b.db.world.users.get(CAST.member) ?? null);
    expect((await b.call('GET', `/orgs/${ORG}/access/users/${CAST.launchManager}`)).status).toBe(403);
    b.actAs(b.db.world.users.get(CAST.teamAdmins.vision) ?? null);
    const scoped = readJson(
      await b.call('GET', `/orgs/${ORG}/access/users/${CAST.orgViewer}`),
      userAccessSchema,
    );
    expect(scoped.scope).toBe('administered-teams');
    expect(scoped.teams.map((t) => t.team)).toEqual(['vision']);
  });
});

describe('who has access to a project, and the matrix', () => {
  it('lists via and role, filters, and exports CSV', async () => {
    const b = startBackend();
    const r = await b.call('GET', '/projects/vision/medical-imaging/access');
    const body = readJson(r, projectAccessSchema);
    const carla = body.items.find((i) => i.id === CAST.teamAdmins.vision);
    // Not "Admin": what a team admin has before joining is management without the content (issue 15).
    expect(carla).toMatchObject({
      roleLabel: 'Manages only (not joined)',
      canRead: false,
      canManage: true,
    });
    expect(carla?.roleDetail).toMatch(/manages vision\/medical-imaging .* only after joining it/);
    expect(body.items.find((i) => i.id === CAST.orgAdmin)?.via).toBe('org-admin');
    const filtered = readJson(
      await b.call('GET', '/projects/vision/medical-imaging/access?via=restricted-member'),
      projectAccessSchema,
    );
    expect(filtered.items.every((i) => i.via === 'restricted-member')).toBe(true);
    expect(filtered.total).toBeLessThan(filtered.unfiltered);
    const csv = await fetch('http://localhost/api/projects/vision/medical-imaging/access.csv');
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toBe(
      'Name,Kind,Role,Team role,Source,Project role set,Sees content,Writes,Manages users,Why',
    );
    expect(text).toContain('Carla Mendes');
  });

  it('the matrix has a cell per permission with the deciding reason, paged', async () => {
    const b = startBackend();
    const m = readJson(await b.call('GET', '/projects/vision/vision-baselines/matrix'), matrixSchema);
    const columns = m.groups.flatMap((g) => g.permissions);
    expect(m.rows.length).toBeGreaterThan(0);
    for (const r of m.rows) expect(r.cells).toHaveLength(columns.length);
    const erin = m.rows.find((r) => r.id === CAST.orgViewer);
    const i = columns.findIndex((c) => c.id === 'run:create');
    expect(erin?.cells[i]).toMatchObject({ allowed: false });
    expect(erin?.cells[i]?.reason).toMatch(/View-Only in team vision/);
    expect(m.pageSize).toBe(25);
  });

  it('404 for a Restricted project the viewer is not in', async () => {
    const b = startBackend();
    b.actAs(b.db.world.users.get(CAST.orgViewer) ?? null);
    expect((await b.call('GET', '/projects/vision/medical-imaging/access')).status).toBe(404);
    expect((await b.call('GET', '/projects/vision/medical-imaging/matrix')).status).toBe(404);
  });
});

describe('the pickers and outsiders', () => {
  it('people: a Member sees only themselves, a team admin their team, an org admin everyone (outsiders last)', async () => {
    const b = startBackend();
    const people = async () =>
      readJson(await b.call('GET', `/orgs/${ORG}/access/people?q=`), accessPeopleSchema);
    b.actAs(b.db.world.users.get(CAST.member) ?? null);
    expect((await people()).items.map((p) => p.id)).toEqual([CAST.member]);
    b.actAs(b.db.world.users.get(CAST.teamAdmins.vision) ?? null);
    const team = await people();
    expect(team.items.map((p) => p.id)).toContain(CAST.orgViewer);
    expect(team.items.map((p) => p.id)).not.toContain(CAST.launchManager);
    b.actAs(b.db.world.users.get(CAST.orgAdmin) ?? null);
    const all = await people();
    expect(all.total).toBeGreaterThan(team.total);
    const outsiderName = encodeURIComponent(b.db.world.users.get(CAST.outsider)?.name ?? '');
    const sberg = readJson(
      await b.call('GET', `/orgs/${ORG}/access/people?q=${outsiderName}`),
      accessPeopleSchema,
    );
    expect(sberg.items[0]?.description).toMatch(/^Outside the org/);
  });

  it('targets list only what the viewer can see', async () => {
    const b = startBackend();
    b.actAs(b.db.world.users.get(CAST.orgViewer) ?? null);
    const t = readJson(await b.call('GET', `/orgs/${ORG}/access/targets?q=medical`), accessTargetsSchema);
    expect(t.items).toEqual([]);
    b.actAs(b.db.world.users.get(CAST.orgAdmin) ?? null);
    const admin = readJson(await b.call('GET', `/orgs/${ORG}/access/targets?q=medical`), accessTargetsSchema);
    expect(admin.items.map((i) => i.value)).toEqual(['vision/medical-imaging']);
  });

  it('an org admin explains an outsider: only what an Open project gives anyone', async () => {
    const b = startBackend();
    const r = await b.call('GET', explain(`user=${CAST.outsider}&project=llm-platform/llm-eval-harness`));
    const body = readJson(r, explanationSchema);
    expect(body.subject.description).toMatch(/^Outside the org/);
    expect(body.roleLabel).toBe('Open access');
    expect(body.permissions.find((p) => p.permission === 'run:create')?.allowed).toBe(true);
    expect(body.permissions.find((p) => p.permission === 'artifact:download')?.allowed).toBe(false);
    const reach = readJson(
      await b.call('GET', `/orgs/${ORG}/access/users/${CAST.outsider}`),
      userAccessSchema,
    );
    expect(reach.teams).toEqual([]); // their own org's teams never show here
  });
});
