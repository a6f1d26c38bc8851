// Listing rules: hidden teams (§5.1 #1), service accounts on Restricted projects (§5.2), Restricted → Team (§6.1).
import { describe, expect, it } from 'vitest';
import { apply } from './ops/registry';
import { decide } from './decide';
import { acmeWorld, as, asService, editRow, withBot, withMember, withTeamSettings } from './test-world';
import { canSeeProject, visibleTeams } from './visibility';

describe('visibility and listing', () => {
  it('§5.1 a hidden team is listed only to its members and org admins', () => {
    let world = acmeWorld();
    world = withTeamSettings(world, 'ml-research', { hidden: true });
    expect(visibleTeams(world, as('hal'), 'acme')).toEqual([]);
    expect(visibleTeams(world, as('gus'), 'acme').map((t) => t.name)).toEqual(['ml-research']);
    expect(visibleTeams(world, as('ann'), 'acme').map((t) => t.name)).toEqual(['ml-research']);
    expect(visibleTeams(world, as('olga'), 'acme')).toEqual([]);
  });
  it('§5.3 an org-enforced "hidden" hides every team', () => {
    let world = acmeWorld();
    world = editRow(world, 'orgs', 'acme', (row) => ({ ...row, enforcements: { hidden: true } }));
    expect(visibleTeams(world, as('hal'), 'acme')).toEqual([]);
  });
  it('§5.2 service accounts read and write non-restricted projects but must be added to Restricted ones', () => {
    let world = acmeWorld();
    world = withBot(world, 'ci');
    world = withMember(world, 'ml-research', 'bot', 'member');
    expect(
      decide(world, asService('bot'), 'run:create', { kind: 'project', projectId: 'vision' }).allowed,
    ).toBe(true);
    expect(
      decide(world, asService('bot'), 'run:read', { kind: 'project', projectId: 'secret-llm' }).allowed,
    ).toBe(false);
    const added = apply(world, as('cal'), {
      type: 'project.addMember',
      projectId: 'secret-llm',
      principalId: 'bot',
    });
    expect(
      decide(added, asService('bot'), 'run:read', { kind: 'project', projectId: 'secret-llm' }).allowed,
    ).toBe(true);
  });
  it('§6.1 Restricted → Team: every team member gets access', () => {
    expect(canSeeProject(acmeWorld(), as('eve'), 'secret-llm')).toBe(false);
    const after = apply(acmeWorld(), as('cal'), {
      type: 'project.update',
      projectId: 'secret-llm',
      visibility: 'team',
      at: '',
    });
    expect(canSeeProject(after, as('eve'), 'secret-llm')).toBe(true);
  });
});
