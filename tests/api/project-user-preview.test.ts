// POST /projects/:team/:project/users/:principalId/preview: a project role change or a removal from a
// Restricted project, previewed before it is made (issue 7, ADR 0009). Nothing changes.
import { describe, expect, it } from 'vitest';
import { auditPageSchema } from '../../src/api/audit';
import { memberChangePreviewSchema } from '../../src/api/member-preview';
import { setProjectRoleResultSchema } from '../../src/api/projects';
import { errorOf, startBackend } from './backend';
import { readJson } from './read-json';
import type { MemberChangePreview } from '../../src/api/member-preview';

const FINETUNE = '/projects/ml-research/llm-finetune/users';
const RLHF = '/projects/ml-research/rlhf-experiments/users';
const lostIds = (c: MemberChangePreview['changes'][number] | undefined) =>
  (c?.lost ?? []).map((l) => l.permission);

describe('previewing a project role change or removal', () => {
  it('Admin → View-Only: Mateo loses management and submitting on llm-finetune; nothing changes', async () => {
    const b = startBackend();
    const res = await b.call('POST', `${FINETUNE}/user-mgarcia/preview`, { role: 'viewer' });
    expect(res.status).toBe(200);
    const preview = readJson(res, memberChangePreviewSchema);
    expect(preview.allowed.allowed).toBe(true);
    expect(preview.summary).toMatch(
      /1 person has a different role or permissions on ml-research\/llm-finetune/,
    );
    expect(preview.changes).toHaveLength(1);
    const change = preview.changes[0];
    expect(change).toMatchObject({
      kind: 'project',
      places: ['ml-research/llm-finetune'],
      count: 1,
      before: 'Admin',
      after: 'View-Only',
      losesAccess: false,
      losesPermissions: true,
    });
    expect(lostIds(change)).toEqual(expect.arrayContaining(['project:manage_users', 'run:create']));
    expect(lostIds(change)).not.toContain('run:read');
    expect(change?.lost.find((l) => l.permission === 'run:create')?.description).toBe('Log new runs');
    expect(
      b.db.world.projects.get('project-ml-research-llm-finetune')?.roleOverrides.get('user-mgarcia'),
    ).toBe('admin');
  });

  it('removing Jia Li from a Restricted project: she loses access to it; she stays a member', async () => {
    const b = startBackend();
    const res = await b.call('POST', `${RLHF}/user-jli/preview`, { remove: true });
    expect(res.status).toBe(200);
    const preview = readJson(res, memberChangePreviewSchema);
    expect(preview.summary).toBe('1 person loses access to ml-research/rlhf-experiments');
    expect(preview.changes).toEqual([
      expect.objectContaining({
        places: ['ml-research/rlhf-experiments'],
        count: 1,
        before: 'Member',
        after: null,
        losesAccess: true,
        losesPermissions: true,
      }),
    ]);
    expect(lostIds(preview.changes[0])).toContain('run:read');
    const project = b.db.world.projects.get('project-ml-research-rlhf-experiments');
    expect(project?.restrictedMembers).toContain('user-jli');
    expect(project?.roleOverrides.get('user-jli')).toBe('member');
  });

  it('a promotion loses nothing: Wen Zhang Member → Admin', async () => {
    const b = startBackend();
    const res = await b.call('POST', `${FINETUNE}/user-wzhang/preview`, { role: 'admin' });
    expect(res.status).toBe(200);
    const preview = readJson(res, memberChangePreviewSchema);
    expect(preview.changes).toEqual([
      expect.objectContaining({ before: 'Member', after: 'Admin', losesPermissions: false, lost: [] }),
    ]);
  });

  it('refused as the change would be: a View-Only member is 403 with the engine’s reasons; 409 removing from a Team project', async () => {
    const b = startBackend();
    b.actAs(b.db.world.users.get('user-edemir') ?? null); // View-Only in ml-research
    const res = await b.call('POST', `${FINETUNE}/user-mgarcia/preview`, { role: 'viewer' });
    expect(res.status).toBe(403);
    const error = errorOf(res.json);
    expect(error.code).toBe('forbidden');
    expect(error.reasons.some((r) => r.effect === 'deny')).toBe(true);
    expect(error.message).toMatch(/Elif Demir is View-Only in team ml-research, which does not allow/);
    expect(
      b.db.world.projects.get('project-ml-research-llm-finetune')?.roleOverrides.get('user-mgarcia'),
    ).toBe('admin');

    b.actAs(b.db.world.users.get('user-achen') ?? null);
    const teamProject = await b.call('POST', `${FINETUNE}/user-mgarcia/preview`, { remove: true });
    expect(teamProject.status).toBe(409);
    expect(errorOf(teamProject.json).message).toMatch(/not Restricted/);
  });

  it('a bad body is 422; an unknown person or project is 404', async () => {
    const b = startBackend();
    const path = `${FINETUNE}/user-mgarcia/preview`;
    for (const body of [{}, { role: '' }, { remove: false }, { role: 'viewer', remove: true }]) {
      const res = await b.call('POST', path, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(errorOf(res.json).code).toBe('invalid');
    }
    expect((await b.call('POST', `${FINETUNE}/user-nobody/preview`, { role: 'viewer' })).status).toBe(404);
    expect((await b.call('POST', `${RLHF}/user-nobody/preview`, { remove: true })).status).toBe(404);
    expect((await b.call('POST', `${RLHF}/user-mgarcia/preview`, { remove: true })).status).toBe(404);
    expect(
      (
        await b.call('POST', '/projects/ml-research/no-such-project/users/user-mgarcia/preview', {
          role: 'viewer',
        })
      ).status,
    ).toBe(404);
  });

  it('a preview records nothing; the change and its Undo (the PUT with previousRole) are both audited', async () => {
    const b = startBackend();
    const audit = async () =>
      readJson(await b.call('GET', `/orgs/${b.slug}/audit-log?action=project:update_role`), auditPageSchema);
    await b.call('POST', `${FINETUNE}/user-mgarcia/preview`, { role: 'viewer' });
    expect((await audit()).total).toBe(0);
    const done = readJson(
      await b.call('PUT', `${FINETUNE}/user-mgarcia/role`, { role: 'viewer' }),
      setProjectRoleResultSchema,
    );
    expect(done).toEqual({ previousRole: 'admin', roleLabel: 'View-Only' });
    const undo = await b.call('PUT', `${FINETUNE}/user-mgarcia/role`, { role: done.previousRole });
    expect(undo.status).toBe(200);
    expect(
      b.db.world.projects.get('project-ml-research-llm-finetune')?.roleOverrides.get('user-mgarcia'),
    ).toBe('admin');
    expect((await audit()).total).toBe(2);
  });
});
