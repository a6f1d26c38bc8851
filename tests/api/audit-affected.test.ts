// Audit entries say whose access a change altered beyond the fields it touched: the engine's impact() of
// the same operation on the world it was made in, one line per person, capped.
import { describe, expect, it } from 'vitest';
import { auditPageSchema } from '../../src/api/audit';
import { startBackend } from './backend';

async function newest(b: ReturnType<typeof startBackend>) {
  const { json } = await b.call('GET', `/orgs/${b.slug}/audit-log`);
  return auditPageSchema.parse(json).items[0];
}

describe('who a logged change affected', () => {
  it('making a project Restricted names the team members who lost access to it', async () => {
    const b = startBackend();
    const res = await b.call('PATCH', '/projects/ml-research/tokenizer-ablations', {
      visibility: 'restricted',
    });
    expect(res.status).toBe(200);
    const entry = await newest(b);
    expect(entry?.action).toBe('project:update');
    expect(entry?.affected?.summary).toMatch(/lose access to ml-research\/tokenizer-ablations/);
    const people = entry?.affected?.people ?? [];
    expect(people.length).toBeGreaterThan(0);
    // One place changed, named in the summary: each line just says what happened to that person.
    expect(people.every((p) => p.change === 'loses access')).toBe(true);
    // The person who made it Restricted stays in, so is not listed.
    expect(people.map((p) => p.id)).not.toContain('user-achen');
  });

  it('a change that alters nobody’s access has no affected list', async () => {
    const b = startBackend();
    expect((await b.call('PUT', `/orgs/${b.slug}/settings/name`, { name: 'Acme ML Research' })).status).toBe(
      200,
    );
    expect((await newest(b))?.affected).toBeNull();
  });

  it('deleting a team names its members, at most 10, and counts the rest', async () => {
    const b = startBackend('large');
    b.actAs(b.person('admin'));
    const team = b.db.world.teams
      .values()
      .find((t) => t.orgId === b.db.homeOrgId && t.members.keys().length > 20);
    if (!team) throw new Error('The large scenario has no team of more than 20');
    expect((await b.call('DELETE', `/teams/${team.name}`)).status).toBe(200);
    const entry = await newest(b);
    expect(entry?.action).toBe('team:delete');
    expect(entry?.affected?.people).toHaveLength(10);
    expect(entry?.affected?.more).toBeGreaterThan(0);
    expect(entry?.affected?.people[0]?.change).toMatch(/loses access to/);
  });
});
