// POST /users/bulk/preview (dry run: check() in order on a simulated world) and /users/bulk (apply).
import { describe, expect, it } from 'vitest';
import { bulkResultSchema } from '../../src/api/users-bulk';
import { errorOf, startBackend } from './backend';
import { readJson } from './read-json';
import type { BulkResult } from '../../src/api/users-bulk';

const outcomes = (r: BulkResult) => Object.fromEntries(r.items.map((i) => [i.userId, i.outcome]));

describe('bulk role change and removal', () => {
  it('the dry run sees earlier items: demoting both admins refuses the second, and changes nothing', async () => {
    const b = startBackend();
    const { status, json } = await b.call('POST', `/orgs/${b.slug}/users/bulk/preview`, {
      action: { type: 'setRole', role: 'member' },
      userIds: ['user-bokafor', 'user-achen', 'user-mgarcia'],
    });
    expect(status).toBe(200);
    const preview = readJson({ json }, bulkResultSchema);
    expect(outcomes(preview)).toEqual({
      'user-bokafor': 'change',
      'user-achen': 'refused',
      'user-mgarcia': 'unchanged',
    });
    expect(preview.items[1]?.summary).toMatch(/last org Admin/);
    expect(preview.items[1]?.isYou).toBe(true);
    expect(preview.counts).toEqual({ change: 1, unchanged: 1, refused: 1 });
    expect(b.member('user-bokafor')?.orgRole).toBe('admin');
  });

  it('says what will happen to each person: seat and team roles on a demotion to Viewer', async () => {
    const b = startBackend();
    const preview = readJson(
      await b.call('POST', `/orgs/${b.slug}/users/bulk/preview`, {
        action: { type: 'setRole', role: 'viewer' },
        userIds: ['user-mgarcia', 'user-cmendes', 'user-ralvarez'],
      }),
      bulkResultSchema,
    );
    expect(preview.items[0]?.summary).toBe(
      'Member → Viewer; Models seat Full → Viewer; team ml-research: Member → View-Only; team llm-platform: Member → View-Only; ml-research/llm-finetune: Admin → View-Only',
    );
    expect(preview.items[1]?.summary).toMatch(/last Admin of team vision/);
    expect(preview.items[2]?.summary).toMatch(/billing admin/);
    // The engine's impact names where Mateo loses permissions, before anything is applied.
    const lost = preview.items[0]?.changes ?? [];
    expect(lost.some((c) => c.places.includes('ml-research/llm-finetune') && c.lost.length > 0)).toBe(true);
    expect(lost.every((c) => c.losesPermissions)).toBe(true);
    // Refused items say what stands in the way, not what they would lose.
    expect(preview.items[1]?.changes).toBeUndefined();
  });

  it('apply changes only the allowed ones and reports each result', async () => {
    const b = startBackend();
    const { status, json } = await b.call('POST', `/orgs/${b.slug}/users/bulk`, {
      action: { type: 'setRole', role: 'viewer' },
      userIds: ['user-mgarcia', 'user-cmendes', 'user-tsingh'],
    });
    expect(status).toBe(200);
    expect(outcomes(readJson({ json }, bulkResultSchema))).toEqual({
      'user-mgarcia': 'done',
      'user-cmendes': 'refused',
      'user-tsingh': 'done',
    });
    expect(b.member('user-mgarcia')?.orgRole).toBe('viewer');
    expect(b.member('user-tsingh')?.orgRole).toBe('viewer');
    expect(b.member('user-cmendes')?.orgRole).toBe('member');
  });

  it('bulk promotion stops at the seat limit, later items seeing earlier ones', async () => {
    const b = startBackend();
    // Two Full seats left; three promotions of people without one.
    const preview = readJson(
      await b.call('POST', `/orgs/${b.slug}/users/bulk/preview`, {
        action: { type: 'setRole', role: 'admin' },
        userIds: ['user-lfischer', 'user-bcosta', 'user-ofarouk'],
      }),
      bulkResultSchema,
    );
    expect(preview.items.map((i) => i.outcome)).toEqual(['change', 'change', 'refused']);
    expect(preview.items[2]?.summary).toMatch(/Seat limit reached/);
    expect(preview.items[0]?.summary).toBe('Member → Admin; Models seat Viewer → Full');
  });

  it('bulk removal: refused for a sole team admin, allowed for others; unknown ids are refused items', async () => {
    const b = startBackend();
    const body = {
      action: { type: 'remove' },
      userIds: ['user-mgarcia', 'user-cmendes', 'nobody', b.outsider().id],
    };
    const preview = readJson(
      await b.call('POST', `/orgs/${b.slug}/users/bulk/preview`, body),
      bulkResultSchema,
    );
    expect(preview.items.map((i) => i.outcome)).toEqual(['change', 'refused', 'refused', 'refused']);
    expect(preview.items[0]?.summary).toMatch(
      /Leaves 2 teams; owns 1 project that will need a new owner; runs, reports and artifacts stay/,
    );
    const applied = readJson(await b.call('POST', `/orgs/${b.slug}/users/bulk`, body), bulkResultSchema);
    expect(applied.counts).toEqual({ change: 1, unchanged: 0, refused: 3 });
    expect(b.member('user-mgarcia')).toBeUndefined();
    expect(b.member('user-cmendes')).toBeDefined();
  });

  it('403 for a Member and a Viewer, with the reason, for the preview and the apply', async () => {
    const b = startBackend();
    for (const who of [b.person('member'), b.person('viewer')]) {
      b.actAs(who);
      for (const path of ['/bulk/preview', '/bulk']) {
        const res = await b.call('POST', `/orgs/${b.slug}/users${path}`, {
          action: { type: 'remove' },
          userIds: ['user-mgarcia'],
        });
        expect(res.status).toBe(403);
        expect(errorOf(res.json).reasons.length).toBeGreaterThan(0);
      }
    }
    expect(b.member('user-mgarcia')).toBeDefined();
  });

  it('422 for a bad body: no ids, too many, an unknown action', async () => {
    const b = startBackend();
    const post = (body: unknown) => b.call('POST', `/orgs/${b.slug}/users/bulk/preview`, body);
    expect((await post({ action: { type: 'remove' }, userIds: [] })).status).toBe(422);
    const many = Array.from({ length: 101 }, (_, i) => `u${i}`);
    expect((await post({ action: { type: 'remove' }, userIds: many })).status).toBe(422);
    expect((await post({ action: { type: 'promote' }, userIds: ['user-mgarcia'] })).status).toBe(422);
    expect(
      (await post({ action: { type: 'setRole', role: 'owner' }, userIds: ['user-mgarcia'] })).status,
    ).toBe(422);
  });
});
