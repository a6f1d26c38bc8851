// GET /users/:userId/removal (impact preview) and DELETE /users/:userId.
import { describe, expect, it } from 'vitest';
import { removalImpactSchema } from '../../src/api/users-removal';
import { errorOf, startBackend } from './backend';
import { readJson } from './read-json';

describe('removing a member', () => {
  it('the preview lists teams and projects Mateo leaves, the project he owns, what stays; DELETE removes him', async () => {
    const b = startBackend();
    const preview = readJson(
      await b.call('GET', `/orgs/${b.slug}/users/user-mgarcia/removal`),
      removalImpactSchema,
    );
    expect(preview.decision.allowed).toBe(true);
    expect(preview.teams.map((t) => t.name)).toEqual(['llm-platform', 'ml-research']);
    expect(preview.projects).toContainEqual({ label: 'ml-research/llm-finetune', roleLabel: 'Admin' });
    // Open and Public projects stay readable to anyone: not listed as lost.
    expect(preview.projects.map((p) => p.label)).not.toContain('llm-platform/llm-eval-harness');
    expect(preview.ownedProjects).toEqual([{ label: 'llm-platform/inference-latency' }]);
    const runsBefore = b.db.world.runs.values().filter((r) => r.authorId === 'user-mgarcia').length;
    expect(preview.authored.runs).toBe(runsBefore);
    const del = await b.call('DELETE', `/orgs/${b.slug}/users/user-mgarcia`);
    expect(del.status).toBe(200);
    expect(b.member('user-mgarcia')).toBeUndefined();
    // The project keeps its owner field (flagged in the team until a team admin picks a new one).
    expect(b.db.world.projects.values().find((p) => p.name === 'inference-latency')?.ownerId).toBe(
      'user-mgarcia',
    );
    // Their runs stay, still authored by them.
    expect(b.db.world.runs.values().filter((r) => r.authorId === 'user-mgarcia').length).toBe(runsBefore);
    expect((await b.call('DELETE', `/orgs/${b.slug}/users/user-mgarcia`)).status).toBe(404);
  });

  it('refused for a sole team admin with other members (409), and the preview says why', async () => {
    const b = startBackend();
    const preview = readJson(
      await b.call('GET', `/orgs/${b.slug}/users/user-cmendes/removal`),
      removalImpactSchema,
    );
    expect(preview.decision.allowed).toBe(false);
    expect(preview.decision.reasons.map((r) => r.text).join()).toMatch(/last Admin of team vision/);
    expect(preview.teams).toEqual([{ name: 'vision', roleLabel: 'Admin' }]);
    const del = await b.call('DELETE', `/orgs/${b.slug}/users/user-cmendes`);
    expect(del.status).toBe(409);
    expect(b.member('user-cmendes')).toBeDefined();
  });

  it('refused for the last org admin (409)', async () => {
    const b = startBackend();
    expect((await b.call('DELETE', `/orgs/${b.slug}/users/user-bokafor`)).status).toBe(200);
    const del = await b.call('DELETE', `/orgs/${b.slug}/users/user-achen`);
    expect(del.status).toBe(409);
    expect(errorOf(del.json).message).toMatch(/last org Admin/);
  });

  it('a Member and a Viewer get 403 for the preview and the removal', async () => {
    const b = startBackend();
    for (const who of [b.person('member'), b.person('viewer')]) {
      b.actAs(who);
      const preview = await b.call('GET', `/orgs/${b.slug}/users/user-mgarcia/removal`);
      expect(preview.status).toBe(403);
      const del = await b.call('DELETE', `/orgs/${b.slug}/users/user-mgarcia`);
      expect(del.status).toBe(403);
      expect(errorOf(del.json).reasons.some((r) => r.effect === 'deny')).toBe(true);
    }
    expect(b.member('user-mgarcia')).toBeDefined();
  });

  it('401 signed out; 404 for someone outside the org', async () => {
    const b = startBackend();
    expect((await b.call('GET', `/orgs/${b.slug}/users/${b.outsider().id}/removal`)).status).toBe(404);
    b.actAs(null);
    expect((await b.call('DELETE', `/orgs/${b.slug}/users/user-mgarcia`)).status).toBe(401);
  });
});
