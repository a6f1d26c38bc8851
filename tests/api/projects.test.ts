import { describe, expect, it } from 'vitest';
import {
  createProjectOptionsSchema,
  impactPreviewSchema,
  projectOverviewSchema,
  projectUsersSchema,
  type ProjectOverview,
} from '../../src/api/projects';
import { errorOf, startBackend } from './backend';
import { readJson } from './read-json';

const act = (b: ReturnType<typeof startBackend>, id: string | null) => b.db.setActingUser(id);
const allowedOf = (o: ProjectOverview, permission: string) =>
  o.yourAccess.permissions.find((p) => p.permission === permission)?.allowed;

describe('creating projects (§6.1)', () => {
  it('a team member creates a Team project; Open and Public are refused where the team makes projects private', async () => {
    const b = startBackend();
    act(b, 'user-skhan'); // Member of vision, which has "future projects private" on
    const options = readJson(
      await b.call('GET', '/teams/vision/projects/options'),
      createProjectOptionsSchema,
    );
    const open = options.visibilities.find((v) => v.value === 'open');
    expect(open?.decision.allowed).toBe(false);
    expect(open?.decision.reasons.map((r) => r.text).join(' ')).toMatch(/private/i);
    expect(
      (await b.call('POST', '/teams/vision/projects', { name: 'pub', visibility: 'public' })).status,
    ).toBe(403);
    expect(
      (await b.call('POST', '/teams/vision/projects', { name: 'depth-estimation', visibility: 'team' }))
        .status,
    ).toBe(201);
    expect(
      (await b.call('POST', '/teams/vision/projects', { name: 'depth-estimation', visibility: 'team' }))
        .status,
    ).toBe(409);
    const bad = await b.call('POST', '/teams/vision/projects', { name: '-bad name', visibility: 'team' });
    expect(bad.status).toBe(422);
    expect(Object.keys(errorOf(bad.json).fieldErrors)).toContain('name');
  });

  it('a Restricted project is created with its invitees (and its owner); a View-Only member may not create', async () => {
    const b = startBackend();
    act(b, 'user-skhan');
    const res = await b.call('POST', '/teams/vision/projects', {
      name: 'secret-seg',
      visibility: 'restricted',
      invitees: ['user-atanaka'],
    });
    expect(res.status).toBe(201);
    const p = b.db.world.projects.values().find((x) => x.name === 'secret-seg');
    expect(p?.restrictedMembers).toEqual(expect.arrayContaining(['user-skhan', 'user-atanaka']));
    expect(p?.restrictedMembers).not.toContain('user-vdubois');
    act(b, 'user-ewalsh');
    expect(
      (await b.call('POST', '/teams/vision/projects', { name: 'nope', visibility: 'team' })).status,
    ).toBe(403);
  });
});

describe('visibility and access (§6.1, §9)', () => {
  it('a Restricted project is a 404 to a team member who was not invited', async () => {
    const b = startBackend();
    act(b, 'user-vdubois'); // in vision, not in medical-imaging
    expect((await b.call('GET', '/projects/vision/medical-imaging')).status).toBe(404);
    act(b, 'user-atanaka');
    expect((await b.call('GET', '/projects/vision/medical-imaging')).status).toBe(200);
  });

  it('a team admin sees a Restricted project and manages it, but needs to join to see its runs', async () => {
    const b = startBackend();
    act(b, 'user-cmendes');
    const before = readJson(await b.call('GET', '/projects/vision/medical-imaging'), projectOverviewSchema);
    expect(before.viewer.canSeeContent.allowed).toBe(false);
    expect(before.runs).toEqual([]);
    expect(before.viewer.join?.allowed).toBe(true);
    expect((await b.call('POST', '/projects/vision/medical-imaging/join')).status).toBe(200);
    const after = readJson(await b.call('GET', '/projects/vision/medical-imaging'), projectOverviewSchema);
    expect(after.viewer.canSeeContent.allowed).toBe(true);
    expect(after.runs.length).toBeGreaterThan(0);
  });

  it('outsiders: Public is read-only, Open takes runs, Team is a 404', async () => {
    const b = startBackend();
    act(b, null);
    const pub = readJson(
      await b.call('GET', '/projects/ml-research/benchmarks-public'),
      projectOverviewSchema,
    );
    expect(allowedOf(pub, 'run:read')).toBe(true);
    expect(allowedOf(pub, 'run:create')).toBe(false);
    const open = readJson(
      await b.call('GET', '/projects/llm-platform/llm-eval-harness'),
      projectOverviewSchema,
    );
    expect(allowedOf(open, 'run:create')).toBe(true);
    expect((await b.call('GET', '/projects/ml-research/llm-finetune')).status).toBe(404);
    act(b, 'user-sberg'); // Globex
    expect(
      allowedOf(
        readJson(await b.call('GET', '/projects/ml-research/benchmarks-public'), projectOverviewSchema),
        'project:read',
      ),
    ).toBe(true);
  });

  it('Team → Restricted: the preview names who loses access; the owner and the person changing it stay', async () => {
    const b = startBackend();
    act(b, 'user-achen');
    const preview = readJson(
      await b.call('POST', '/projects/ml-research/tokenizer-ablations/preview', { visibility: 'restricted' }),
      impactPreviewSchema,
    );
    expect(preview.allowed.allowed).toBe(true);
    const ids = preview.changes.filter((c) => c.kind === 'loses').map((c) => c.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).not.toContain('user-wzhang'); // owner
    expect(ids).not.toContain('user-achen'); // the one changing it
    expect(
      (await b.call('PATCH', '/projects/ml-research/tokenizer-ablations', { visibility: 'restricted' }))
        .status,
    ).toBe(200);
    const p = b.db.world.projects.get('project-ml-research-tokenizer-ablations');
    expect(p?.restrictedMembers).toEqual(expect.arrayContaining(['user-wzhang', 'user-achen']));
    act(b, ids[0] ?? null);
    expect((await b.call('GET', '/projects/ml-research/tokenizer-ablations')).status).toBe(404);
  });

  it('only the owner, a team admin or an org admin changes visibility; Restricted → Team is always allowed', async () => {
    const b = startBackend();
    act(b, 'user-vdubois'); // member of segmentation-v2, not its owner
    expect((await b.call('PATCH', '/projects/vision/segmentation-v2', { visibility: 'team' })).status).toBe(
      403,
    );
    act(b, 'user-skhan'); // owner; vision makes future projects private
    const o = readJson(await b.call('GET', '/projects/vision/segmentation-v2'), projectOverviewSchema);
    expect(o.visibilityOptions.find((v) => v.value === 'public')?.decision.allowed).toBe(false);
    expect((await b.call('PATCH', '/projects/vision/segmentation-v2', { visibility: 'team' })).status).toBe(
      200,
    );
  });

  it('an owner who left the team is flagged; a team admin sets a new owner', async () => {
    const b = startBackend();
    act(b, 'user-kmensah');
    const o = readJson(await b.call('GET', '/projects/infra/data-pipeline'), projectOverviewSchema);
    expect(o.project.ownerInTeam).toBe(false);
    expect((await b.call('PATCH', '/projects/infra/data-pipeline', { ownerId: 'user-kmensah' })).status).toBe(
      200,
    );
    expect(
      readJson(await b.call('GET', '/projects/infra/data-pipeline'), projectOverviewSchema).project
        .ownerInTeam,
    ).toBe(true);
  });
});

describe('runs (§6.1, §8 :own)', () => {
  it('members delete only their own runs; runs move into Restricted, never out', async () => {
    const b = startBackend();
    const project = b.db.world.projects.get('project-ml-research-llm-finetune');
    const runs = b.db.world.runs.values().filter((r) => r.projectId === project?.id);
    // A plain Member of the team (no project override) who authored a run here.
    const team = b.db.world.teams.get('team-ml-research');
    const mine = runs.find(
      (r) =>
        team?.members.get(r.authorId)?.role === 'member' &&
        project?.roleOverrides.get(r.authorId) === undefined,
    );
    const other = runs.find((r) => r.authorId !== mine?.authorId);
    expect(mine && other, 'the scenario has runs by a plain Member and by someone else').toBeTruthy();
    act(b, mine?.authorId ?? '');
    const o = readJson(await b.call('GET', '/projects/ml-research/llm-finetune'), projectOverviewSchema);
    expect(o.runs.find((r) => r.id === mine?.id)?.remove.allowed).toBe(true);
    expect(o.runs.find((r) => r.id === other?.id)?.remove.allowed).toBe(false);
    expect((await b.call('DELETE', `/projects/ml-research/llm-finetune/runs/${other?.id}`)).status).toBe(403);
    expect((await b.call('DELETE', `/projects/ml-research/llm-finetune/runs/${mine?.id}`)).status).toBe(200);
    act(b, 'user-achen');
    const into = await b.call('POST', '/projects/ml-research/llm-finetune/runs/move', {
      runIds: [other?.id],
      toProjectId: 'project-ml-research-rlhf-experiments',
    });
    expect(into.status).toBe(200);
    const out = await b.call('POST', '/projects/ml-research/rlhf-experiments/runs/move', {
      runIds: [other?.id],
      toProjectId: 'project-ml-research-llm-finetune',
    });
    expect(out.status).toBe(403);
    expect(errorOf(out.json).message).toMatch(/Restricted/);
  });
});

describe('project roles (§6.2)', () => {
  it('an override shows as overridden; choosing the team role again clears it', async () => {
    const b = startBackend();
    const users = readJson(
      await b.call('GET', '/projects/ml-research/llm-finetune/users'),
      projectUsersSchema,
    );
    const mateo = users.users.find((u) => u.id === 'user-mgarcia');
    expect(mateo?.overridden).toBe(true);
    expect(mateo?.role).toBe('admin');
    expect(
      (await b.call('PUT', '/projects/ml-research/llm-finetune/users/user-mgarcia/role', { role: 'member' }))
        .status,
    ).toBe(200);
    expect(
      b.db.world.projects.get('project-ml-research-llm-finetune')?.roleOverrides.get('user-mgarcia'),
    ).toBeUndefined();
  });

  it('a View-Only team user cannot get a project role; Open and Public projects have none', async () => {
    const b = startBackend();
    const users = readJson(
      await b.call('GET', '/projects/ml-research/llm-finetune/users'),
      projectUsersSchema,
    );
    const erin = users.users.find((u) => u.id === 'user-ewalsh');
    expect(erin?.roleOptions.filter((o) => o.value !== 'viewer').every((o) => !o.decision.allowed)).toBe(
      true,
    );
    expect(
      (await b.call('PUT', '/projects/ml-research/llm-finetune/users/user-ewalsh/role', { role: 'member' }))
        .status,
    ).toBeGreaterThanOrEqual(403);
    const pub = readJson(
      await b.call('GET', '/projects/ml-research/benchmarks-public/users'),
      projectUsersSchema,
    );
    expect(pub.rolesApply).toBe(false);
  });

  it('removing an overridden user from a Restricted project and adding them back resets the role', async () => {
    const b = startBackend();
    const p = 'project-ml-research-rlhf-experiments';
    expect(b.db.world.projects.get(p)?.roleOverrides.get('user-jli')).toBe('member');
    expect((await b.call('DELETE', '/projects/ml-research/rlhf-experiments/users/user-jli')).status).toBe(
      200,
    );
    expect(
      (await b.call('POST', '/projects/ml-research/rlhf-experiments/users', { principalId: 'user-jli' }))
        .status,
    ).toBe(201);
    expect(b.db.world.projects.get(p)?.roleOverrides.get('user-jli')).toBeUndefined();
    act(b, 'user-ewalsh');
    expect((await b.call('DELETE', '/projects/ml-research/rlhf-experiments/users/user-jli')).status).toBe(
      404,
    );
  });
});
