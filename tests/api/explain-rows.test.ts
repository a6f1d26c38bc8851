// Each member row of Team settings and of a project's Users tab says whether the viewer may open that
// person's explanation: the same gate as the Access page (themselves; team admins their members; org
// admins anyone), so the UI offers "Explain access" only where the explanation will answer.
import { describe, expect, it } from 'vitest';
import { projectUsersSchema } from '../../src/api/projects';
import { teamSettingsSchema } from '../../src/api/team-settings';
import { startBackend } from './backend';
import { readJson } from './read-json';

const explainable = (rows: { id: string; explain: { allowed: boolean } }[]) =>
  rows.filter((r) => r.explain.allowed).map((r) => r.id);

describe('who may open whose explanation, per row', () => {
  it('a team admin may explain every member of their team; a member only themselves', async () => {
    const b = startBackend();
    b.db.setActingUser('user-cmendes');
    const asAdmin = readJson(await b.call('GET', '/teams/vision/settings'), teamSettingsSchema);
    expect(explainable(asAdmin.members).sort()).toEqual(asAdmin.members.map((m) => m.id).sort());
    b.db.setActingUser('user-ewalsh');
    const asViewer = readJson(await b.call('GET', '/teams/vision/settings'), teamSettingsSchema);
    expect(explainable(asViewer.members)).toEqual(['user-ewalsh']);
    const refused = asViewer.members.find((m) => m.id === 'user-cmendes')?.explain;
    expect(refused?.reasons.some((r) => r.effect === 'deny')).toBe(true);
  });

  it('on a project, an org admin may explain everyone listed; a Member only themselves', async () => {
    const b = startBackend();
    const asOrgAdmin = readJson(
      await b.call('GET', '/projects/ml-research/llm-finetune/users'),
      projectUsersSchema,
    );
    expect(explainable(asOrgAdmin.users)).toEqual(asOrgAdmin.users.map((u) => u.id));
    b.db.setActingUser('user-grossi');
    const asMember = readJson(
      await b.call('GET', '/projects/ml-research/llm-finetune/users'),
      projectUsersSchema,
    );
    expect(explainable(asMember.users)).toEqual(['user-grossi']);
    // The tab says once that a Member may not manage the project's users (the engine's reason).
    expect(asOrgAdmin.viewer.canManage.allowed).toBe(true);
    expect(asMember.viewer.canManage.allowed).toBe(false);
    expect(asMember.viewer.canManage.reasons.at(-1)?.text).toMatch(/project:manage_users/);
  });
});
