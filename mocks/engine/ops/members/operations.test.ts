// A team keeps a team Admin (ADR 0015): removing a person from the org never leaves one of its teams
// without an Admin, not even a team they are alone in (an empty team takes anyone later: a service
// account or a Member would then hold it with no Admin). Found by random operation sequences.
import { describe, expect, it } from 'vitest';
import { apply, check, type Operation } from '../registry';
import { as } from '../../test-world';
import { WorldBuilder } from '../../world-builder';

const AT = '2025-02-01T00:00:00.000Z';

/** ann administers acme; sam alone holds team solo, as its Admin. */
const world = () =>
  new WorldBuilder()
    .org('acme', { plan: 'enterprise' })
    .user('ann', { orgRole: 'admin' })
    .user('sam', { orgRole: 'member' })
    .team('a-team', { ann: 'admin', sam: 'member' })
    .team('solo', { sam: 'admin' })
    .build();

describe('removing the sole Admin of a team they are alone in', () => {
  it('is refused with the reason, as leaving the team or becoming a Viewer is', () => {
    const remove: Operation = { type: 'member.remove', orgId: 'acme', userId: 'sam' };
    const d = check(world(), as('ann'), remove);
    expect(d.refusal).toBe('conflict');
    expect(d.reasons.at(-1)?.text).toMatch(/Sam is the last Admin of team solo/);
  });

  it('is allowed once someone else is the team Admin, and the team keeps one after any addition', () => {
    const w = apply(world(), as('ann'), {
      type: 'team.addMember',
      teamId: 'solo',
      principalId: 'ann',
      role: 'admin',
      at: AT,
    });
    const remove: Operation = { type: 'member.remove', orgId: 'acme', userId: 'sam' };
    expect(check(w, as('ann'), remove).allowed).toBe(true);
    const after = apply(w, as('ann'), remove);
    const bot: Operation = {
      type: 'serviceAccount.create',
      account: {
        id: 'sa-bot',
        teamId: 'solo',
        name: 'bot',
        apiKeyLast4: 'abcd',
        createdById: 'ann',
        createdAt: AT,
      },
    };
    expect(apply(after, as('ann'), bot).teams.get('solo')?.members.get('ann')?.role).toBe('admin');
  });
});
