// The default scenario's history (issue 15): real operations, each allowed by the engine when it
// happened, that lead from the world months ago to today's; a Db seeded with it logs them with their
// dates, and a reload replays them to the same world.
import { describe, expect, it } from 'vitest';
import type { World } from '../../engine/index';
import { createDb } from '../db';
import { memoryStorage } from '../storage';
import { defaultHistory, replayHistory } from './default-history';
import { buildScenario, scenarioSeed } from './index';

const BASE = '2026-11-01T12:00:00.000Z';

/** What the history changes: org roles, team roles, project visibility and lists, custom roles. */
function access(world: World) {
  return {
    orgRoles: world.users.values().map((u) => [u.id, u.orgs.map((m) => [m.orgId, m.orgRole, m.modelsSeat])]),
    teamRoles: world.teams.values().map((t) => [t.id, t.members.entries().map(([id, m]) => [id, m.role])]),
    projects: world.projects
      .values()
      .map((p) => [p.id, p.visibility, p.restrictedMembers, Object.fromEntries(p.roleOverrides.entries())]),
    roles: world.customRoles.values(),
  };
}

describe('the default scenario’s history', () => {
  it('is months of real changes, each allowed when it happened, leading to today’s world', () => {
    const today = buildScenario('default', BASE).world;
    const { start, history } = defaultHistory(today, BASE);
    expect(history.map((s) => s.op.type)).toEqual([
      'team.setRole',
      'member.setOrgRole',
      'role.create',
      'team.setRole',
      'team.setRole',
      'project.setRole',
      'project.update',
      'project.update',
    ]);
    expect(access(start)).not.toEqual(access(today));
    expect(access(replayHistory(start, history))).toEqual(access(today));
    const days = history.map((s) => (Date.parse(BASE) - Date.parse(s.at)) / 86_400_000);
    expect(Math.max(...days)).toBeGreaterThanOrEqual(180);
    expect(days).toEqual([...days].sort((a, b) => b - a));
  });

  it('is the first entries of a fresh demo’s log, dated, and a reload replays it to the same world', () => {
    const storage = memoryStorage();
    const db = createDb({ storage, baseTime: BASE, now: () => BASE, history: true });
    expect(db.seededWithHistory).toBe(true);
    expect(db.log.map((e) => e.at)).toEqual(scenarioSeed('default', BASE, true).history.map((s) => s.at));
    expect(db.log[0]?.actorId).toBe('user-achen');
    expect(access(db.world)).toEqual(access(buildScenario('default', BASE).world));
    const reloaded = createDb({ storage, now: () => BASE, history: true });
    expect(reloaded.loadProblem).toBeNull();
    expect(reloaded.log).toEqual(db.log);
    expect(reloaded.world).toEqual(db.world);
    // Without history (tests), today's world and an empty log.
    expect(createDb({ storage: memoryStorage(), baseTime: BASE }).log).toHaveLength(0);
  });
});
