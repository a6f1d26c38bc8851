// GET /api/session/joinable-teams reads each org's teams from the engine's index (org-teams.ts) instead of
// scanning every team of every org: for every person of the world, before and after teams are made and
// deleted through the API, it lists exactly the teams the plain scan lists.
import { describe, expect, it } from 'vitest';
import { emailDomainOf, membershipOf, type User, type World } from '../../mocks/engine/index';
import { effectiveSetting } from '../../mocks/engine/lookup';
import { candidateTeams } from '../../mocks/handlers/teams/join-by-domain';
import { startBackend } from './backend';

/** The plain scan: every team of the world, kept when the person sees it listed or their domain is claimed. */
function scanned(world: World, user: User): string[] {
  const domain = emailDomainOf(user.email);
  return world.teams
    .values()
    .filter((t) => {
      const org = world.orgs.get(t.orgId);
      const membership = membershipOf(user, t.orgId);
      const listed =
        membership !== undefined &&
        (membership.orgRole === 'admin' || t.members.has(user.id) || !effectiveSetting(world, t, 'hidden'));
      const claimed = org?.deployment === 'saas' && org.domains.includes(domain) && !t.settings.hidden;
      return (listed || claimed) && !t.members.has(user.id);
    })
    .map((t) => t.id)
    .sort();
}

const indexed = (world: World, user: User): string[] =>
  candidateTeams(world, { kind: 'user', userId: user.id }, user)
    .map((t) => t.id)
    .sort();

const agree = (world: World) => {
  for (const user of world.users.values())
    expect(indexed(world, user), user.id).toEqual(scanned(world, user));
};

describe('joinable teams from the index', () => {
  it('lists what the plain scan lists, for everyone, as teams are made and deleted', async () => {
    const b = startBackend();
    agree(b.db.world);
    for (const name of ['idx-one', 'idx-two', 'idx-three']) {
      const made = await b.call('POST', `/orgs/${b.slug}/teams`, { name, storageKind: 'managed' });
      expect(made.status).toBe(201);
    }
    expect((await b.call('DELETE', '/teams/idx-two')).status).toBe(200);
    expect(b.db.world.teams.values().some((t) => t.name === 'idx-two')).toBe(false);
    agree(b.db.world);
  });
});
